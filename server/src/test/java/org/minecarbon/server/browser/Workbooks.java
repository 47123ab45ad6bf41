package org.minecarbon.server.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.Documents;

/** Test workbooks made from the example documents with io's own writer. */
final class Workbooks {
  private Workbooks() {}

  /** The repository's {@code examples/} file, found from the module or the repository root. */
  static Path example(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve("examples").resolve(name);
      if (Files.exists(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("examples/" + name + " not found above the working directory");
  }

  static Inventory readJson(Path json) throws IOException {
    try (InputStream in = Files.newInputStream(json)) {
      return value(Documents.readJson(in, json.getFileName().toString()));
    }
  }

  static Inventory readXlsx(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx)) {
      return value(Documents.readXlsx(in, xlsx.getFileName().toString()));
    }
  }

  static Path write(Inventory inventory, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.writeXlsx(inventory, out);
    Files.write(file, out.toByteArray());
    return file;
  }

  /**
   * A copy of the workbook where the first cell whose text is {@code from} says {@code to}.
   *
   * @return the sheet name and the 1-based row of the changed cell
   */
  static String replaceFirst(Path xlsx, Path target, String from, String to) throws IOException {
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(from)) {
              cell.setCellValue(to);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              wb.write(out);
              Files.write(target, out.toByteArray());
              return sheet.getSheetName() + ":" + (row.getRowNum() + 1);
            }
          }
        }
      }
    }
    throw new IllegalStateException("no cell with text " + from + " in " + xlsx);
  }

  private static <T> T value(Result<T> r) {
    if (r instanceof Result.Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("example does not read: " + r.issues());
  }
}
