package org.minecarbon.io.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.io.table.CellText;
import org.minecarbon.io.table.Limits;
import org.minecarbon.io.table.Table;
import org.minecarbon.io.workbook.internal.WorkbookScan;

/**
 * Reads every sheet of an XLSX workbook as a {@link Table} of cell texts. Numbers become their
 * shortest exact text, dates {@code YYYY-MM} (a period typed into Excel often turns into a date).
 * The file is first checked against {@link Limits} by streaming it ({@link WorkbookScan}: inflated
 * size, rows, columns, cells, text length), so zip bombs and oversized sheets are refused before
 * POI loads anything; POI's own zip-bomb guard ({@link ZipSecureFile}) is set to the same limits.
 */
public final class WorkbookReader {
  static {
    ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(Limits.MAX_INFLATED_BYTES);
  }

  private WorkbookReader() {}

  /** How a number in a cell formatted as a percent (0.175 shown as 17.5 %) becomes text. */
  public enum Percent {
    /** The stored value, {@code 0.175}: for columns whose unit is a fraction. */
    STORED,
    /** What the user sees, {@code 17.5%}: for columns whose unit is a percent. */
    SHOWN
  }

  /** Location of a row or cell: {@code sheet activities, row 5, column quantity}. */
  public static String locate(String sheet, int row, @Nullable String column) {
    return "sheet " + sheet + ", row " + row + (column == null ? "" : ", column " + column);
  }

  public static Result<List<Table>> read(byte[] bytes, String name) {
    return read(bytes, name, Percent.STORED);
  }

  /** As {@link #read(byte[], String)}, with percent-formatted numbers as {@code percent} says. */
  public static Result<List<Table>> read(byte[] bytes, String name, Percent percent) {
    List<Issue> limits = WorkbookScan.scan(bytes, name);
    if (!limits.isEmpty()) {
      return Result.err(limits);
    }
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<Table> tables = new ArrayList<>();
      List<Issue> issues = new ArrayList<>();
      for (Sheet sheet : wb) {
        long rows = (long) sheet.getLastRowNum() + 1;
        if (rows > Limits.MAX_ROWS) {
          issues.add(Limits.tooManyRows(name + " sheet " + sheet.getSheetName(), rows));
        } else {
          tables.add(table(sheet, percent));
        }
      }
      return issues.isEmpty() ? Result.ok(tables) : Result.err(issues);
    } catch (IOException | RuntimeException e) {
      // POI signals corrupt, encrypted or non-OOXML input with various runtime exceptions.
      return Result.err(
          Issue.error(
              IoCodes.UNREADABLE,
              "",
              name + " is not a readable XLSX workbook: " + e.getMessage(),
              "",
              "an .xlsx workbook"));
    }
  }

  private static Table table(Sheet sheet, Percent percent) {
    List<String> header = null;
    List<Table.Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = cells(row, percent);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header == null) {
        header = cells; // the first non-blank row holds the field names
      } else {
        rows.add(new Table.Row(row.getRowNum() + 1, cells));
      }
    }
    return new Table(sheet.getSheetName(), header == null ? List.of() : header, rows);
  }

  private static List<String> cells(Row row, Percent percent) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      Cell cell = row.getCell(c);
      cells.add(cell == null ? "" : text(cell, percent));
    }
    return cells;
  }

  static String text(Cell cell, Percent percent) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? date(cell)
              : percent == Percent.SHOWN && isPercent(cell) ? shownPercent(cell) : number(cell);
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  private static String number(Cell cell) {
    return CellText.number(cell.getNumericCellValue());
  }

  /** The cell's number format shows a percent: a {@code %} outside quoted text. */
  static boolean isPercent(Cell cell) {
    String format = cell.getCellStyle().getDataFormatString();
    return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
  }

  private static String shownPercent(Cell cell) {
    return new java.math.BigDecimal(CellText.number(cell.getNumericCellValue()))
            .movePointRight(2)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private static String date(Cell cell) {
    LocalDateTime d = cell.getLocalDateTimeCellValue();
    String month = String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    return d.getDayOfMonth() == 1 ? month : month + "-" + String.format("%02d", d.getDayOfMonth());
  }
}
