package org.minecarbon.io.lca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A result as named tables (a process result's summary, contributions, tree and inventory): CSV
 * with one block per table (its name on a line, its header, its rows, a blank line) or an XLSX
 * workbook with one sheet per table. Numbers keep full precision; text a spreadsheet could take for
 * a formula gets the XLSX quote-prefix style (the text itself is unchanged).
 */
public final class ResultTables {
  private ResultTables() {}

  /** One table: a name, column names and rows of String or Number cells. */
  public record Table(String name, List<String> header, List<List<Object>> rows) {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** UTF-8 CSV with a BOM (as io's CSV writer, so spreadsheets read it as UTF-8), RFC 4180. */
  public static byte[] csv(List<Table> tables) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    for (Table t : tables) {
      sb.append(cell(t.name())).append("\r\n");
      line(sb, List.copyOf(t.header()));
      for (List<Object> row : t.rows()) {
        line(sb, row);
      }
      sb.append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An XLSX workbook, one sheet per table, header row bold and frozen. */
  public static byte[] xlsx(List<Table> tables) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      var font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      for (Table t : tables) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
        Row head = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
          var cell = head.createCell(c);
          cell.setCellValue(t.header().get(c));
          cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = t.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            if (cells.get(c) instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else {
              String text = String.valueOf(cells.get(c));
              cell.setCellValue(text);
              if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                cell.setCellStyle(quoted);
              }
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder sb, List<Object> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append(',');
      }
      Object v = cells.get(c);
      sb.append(v instanceof Number n ? number(n) : cell(String.valueOf(v)));
    }
    sb.append("\r\n");
  }

  private static String number(Number n) {
    return n instanceof Double || n instanceof Float
        ? String.format(Locale.ROOT, "%s", n.doubleValue())
        : n.toString();
  }

  private static String cell(String text) {
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
