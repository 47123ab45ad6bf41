package org.minecarbon.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.csv.internal.CsvReader;
import org.minecarbon.io.table.Limits;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.table.TableEncoder;
import org.minecarbon.io.table.TableInventories;

/**
 * A folder of CSV files, one per sheet: {@code enterprise.csv} (key,value), {@code sites.csv},
 * {@code activities.csv}, {@code sinks.csv}, {@code production.csv} (Chinese file names such as
 * {@code 排放活动.csv} are accepted too). Other files are ignored.
 */
public final class CsvFolder {
  private CsvFolder() {}

  public static TableInventories.Located read(Path dir) {
    if (!Files.isDirectory(dir)) {
      return fail(
          Issue.error(IoCodes.FILE_NOT_FOUND, "", "no such folder: " + dir, dir, "a folder"));
    }
    List<Table> tables = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
          total += Files.size(file);
          if (total > Limits.MAX_FOLDER_BYTES) {
            return fail(folderTooLarge(dir));
          }
          table(file, name, tables, issues);
        }
      }
    } catch (IOException e) {
      issues.add(Issue.error(IoCodes.UNREADABLE, "", dir + ": cannot be read: " + e.getMessage()));
    }
    if (!issues.isEmpty()) {
      return fail(issues.toArray(Issue[]::new));
    }
    return TableInventories.read(tables, CsvReader::locate);
  }

  private static void table(Path file, String name, List<Table> tables, List<Issue> issues)
      throws IOException {
    if (Files.size(file) > Limits.MAX_BYTES) {
      issues.add(Limits.tooLarge(name));
      return;
    }
    Result<Table> t = CsvReader.read(Files.readAllBytes(file), name);
    if (t instanceof Result.Ok<Table> ok) {
      tables.add(ok.value());
    } else {
      issues.addAll(t.issues());
    }
  }

  private static Issue folderTooLarge(Path dir) {
    long mb = Limits.MAX_FOLDER_BYTES / (1024 * 1024);
    return Issue.error(
        IoCodes.FILE_TOO_LARGE,
        "",
        "the CSV files of " + dir + " are larger than " + mb + " MB together",
        "",
        "CSV files of at most " + mb + " MB together");
  }

  private static TableInventories.Located fail(Issue... issues) {
    return TableInventories.Located.json(Result.err(List.of(issues)));
  }

  public static void write(Inventory inventory, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (TableEncoder.Sheet sheet : TableEncoder.encode(inventory)) {
      try (OutputStream out = Files.newOutputStream(dir.resolve(sheet.layout().sheet() + ".csv"))) {
        CsvWriter.write(sheet.header(), sheet.rows(), out);
      }
    }
  }
}
