package org.minecarbon.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Result;

/** Builds small workbooks for tests: sheet name → rows of cells (String, Double, null = blank). */
final class Sheets {
  private final Map<String, Object[][]> sheets = new LinkedHashMap<>();

  static Sheets of(String name, Object[]... rows) {
    return new Sheets().and(name, rows);
  }

  Sheets and(String name, Object[]... rows) {
    sheets.put(name, rows);
    return this;
  }

  /** The usual enterprise sheet with the format row. */
  Sheets withEnterprise() {
    return and("enterprise", row("key", "value"), row("format", "minecarbon/inventory@1"));
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  byte[] bytes() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets.forEach((name, rows) -> fill(wb.createSheet(name), rows));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result<Inventory> read() {
    return Documents.readXlsx(new ByteArrayInputStream(bytes()), "test.xlsx");
  }

  private static void fill(Sheet sheet, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length == 0) {
        continue; // a row that does not exist in the file
      }
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else if (v != null) {
          row.createCell(c).setCellValue(v.toString());
        }
      }
    }
  }
}
