package org.minecarbon.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecarbon.store.backup.Backup;
import org.minecarbon.store.backup.BackupException;
import org.minecarbon.store.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code minecarbon restore}: a backup into a fresh (empty) database. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup written by 'minecarbon backup' into a fresh database (no data; it is"
          + " migrated first). Refused, with nothing changed, when the database already holds"
          + " data, the backup is corrupt (checksums) or comes from a newer MineCarbon.",
      "Run it before the web application starts on that database."
    })
public final class RestoreCommand extends BaseCommand {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Parameters(paramLabel = "FILE.zip", description = "The backup file.")
  Path file;

  @Override
  protected int run() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      err().println("restoring " + file + " …");
      err().flush();
      BackupSummary summary = Backup.restore(db.dataSource(), in);
      print(err(), "restored", summary);
      err().flush();
      return ExitCodes.OK;
    } catch (BackupException e) {
      return usageError("refused, nothing changed: " + e.getMessage());
    }
  }

  /** One line per table and a total, e.g. {@code inventory_row 42 rows}. */
  static void print(PrintWriter err, String verb, BackupSummary s) {
    int width = s.tables().stream().mapToInt(t -> t.table().length()).max().orElse(0);
    for (BackupSummary.TableCount t : s.tables()) {
      err.printf("  %-" + width + "s %8d rows%n", t.table(), t.rows());
    }
    err.printf(
        "%s %d tables, %d rows (schema version %s)%n",
        verb, s.tables().size(), s.totalRows(), s.schemaVersion());
  }
}
