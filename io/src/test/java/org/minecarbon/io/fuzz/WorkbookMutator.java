package org.minecarbon.io.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.io.Documents;
import org.minecarbon.testkit.Fixtures;

/** Changes a valid workbook through POI, driven by fuzz data: cell types and values, sheets. */
final class WorkbookMutator {
  private static final byte[] BASE = base();

  private WorkbookMutator() {}

  /** The mutated workbook; empty when POI refused to build it (not a reader finding). */
  static byte[] mutate(FuzzedDataProvider data) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(BASE));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int changes = data.consumeInt(1, 6);
      for (int i = 0; i < changes && wb.getNumberOfSheets() > 0; i++) {
        change(wb, wb.getSheetAt(data.consumeInt(0, wb.getNumberOfSheets() - 1)), data);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return new byte[0]; // POI would not write it (e.g. an invalid formula or sheet name)
    }
  }

  private static void change(XSSFWorkbook wb, Sheet sheet, FuzzedDataProvider data) {
    int r = data.consumeInt(0, 6);
    int c = data.consumeInt(0, 12);
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    switch (data.consumeInt(0, 9)) {
      case 0 -> cell.setCellValue(data.consumeString(60));
      case 1 -> cell.setCellValue(data.consumeDouble());
      case 2 -> cell.setCellValue(data.consumeBoolean());
      case 3 -> cell.setCellFormula(data.consumeString(40));
      case 4 -> date(wb, cell, data);
      case 5 -> cell.setBlank();
      case 6 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
      case 7 -> sheet.addMergedRegion(new CellRangeAddress(r, r + data.consumeInt(0, 3), c, c + 1));
      case 8 -> wb.setSheetName(wb.getSheetIndex(sheet), data.consumeString(31));
      default -> sheet.removeRow(row);
    }
  }

  private static void date(XSSFWorkbook wb, Cell cell, FuzzedDataProvider data) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(
        wb.createDataFormat()
            .getFormat(data.pickValue(new String[] {"yyyy-mm", "yyyy-mm-dd", "d/m/yy h:mm"})));
    cell.setCellStyle(style);
    cell.setCellValue(
        LocalDateTime.of(
            data.consumeInt(1900, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28), 0, 0));
  }

  private static byte[] base() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Documents.writeXlsx(
          Documents.readJson(Fixtures.stream(Fixtures.RICH), Fixtures.RICH).orElseThrow(), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
