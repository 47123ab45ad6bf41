package org.minecarbon.io.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.io.table.EnterpriseKeys;
import org.minecarbon.io.table.Layout;
import org.minecarbon.io.table.TableEncoder;
import org.minecarbon.io.table.ZhAliases;
import org.minecarbon.io.workbook.internal.TemplateDecorator;

/**
 * Writes sheets as an XLSX workbook: bold frozen header row (the field names), one row per document
 * row, numbers as numeric cells with their full precision, sensible column widths. Text is always a
 * text cell; text that a spreadsheet could take for a formula ({@code = + - @}, tab, CR first) also
 * gets the quote-prefix style, so editing or re-saving it (or saving as CSV) keeps it literal
 * (formula injection, OWASP). The text itself is unchanged and reads back as written.
 */
public final class WorkbookWriter {
  private WorkbookWriter() {}

  /** Writes a data workbook. */
  public static void write(List<TableEncoder.Sheet> sheets, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = build(sheets)) {
      wb.write(out);
    }
  }

  /**
   * Writes the annotated Chinese input template: Chinese sheet names and headers, drop-downs, and
   * the given sheets' rows with products, units and fuels by their Chinese names ({@link
   * ZhAliases}); the importer reads it back to the same document.
   */
  public static void writeTemplate(List<TableEncoder.Sheet> sheets, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = build(sheets.stream().map(WorkbookWriter::chinese).toList())) {
      new TemplateDecorator(wb).decorate();
      wb.write(out);
    }
  }

  /** Writes the empty, annotated Chinese input template. */
  public static void writeTemplate(OutputStream out) throws IOException {
    writeTemplate(TableEncoder.empty(), out);
  }

  /** A sheet with Chinese headers and Chinese names for products, units and fuels. */
  static TableEncoder.Sheet chinese(TableEncoder.Sheet s) {
    Layout l = s.layout();
    List<String> header = l.columns().stream().map(Layout.Column::zh).toList();
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (List<@Nullable Object> row : s.rows()) {
      List<@Nullable Object> cells = new ArrayList<>(row);
      for (int c = 0; c < cells.size() && c < l.columns().size(); c++) {
        cells.set(c, zh(l, l.columns().get(c).name(), cells.get(c)));
      }
      rows.add(cells);
    }
    return new TableEncoder.Sheet(l, header, rows, l.zh());
  }

  private static @Nullable Object zh(Layout l, String column, @Nullable Object v) {
    if (!(v instanceof String text)) {
      return v;
    }
    if (l == Layout.ENTERPRISE) {
      return column.equals("key")
          ? EnterpriseKeys.forKey(text).map(EnterpriseKeys::zh).orElse(text)
          : text;
    }
    return switch (column) {
      case "product" -> ZhAliases.name(ZhAliases.Kind.PRODUCT, text);
      case "unit", "areaUnit" -> ZhAliases.name(ZhAliases.Kind.UNIT, text);
      case "fuel" -> ZhAliases.name(ZhAliases.Kind.FUEL, text);
      case "source" -> Source.fromCode(text).map(Source::zh).orElse(text);
      case "sink" -> SinkType.fromCode(text).map(SinkType::zh).orElse(text);
      case "stage" -> Stage.fromCode(text).map(Stage::zh).orElse(text);
      default -> text;
    };
  }

  static XSSFWorkbook build(List<TableEncoder.Sheet> sheets) {
    XSSFWorkbook wb = new XSSFWorkbook();
    CellStyle header = headerStyle(wb);
    CellStyle quoted = wb.createCellStyle();
    quoted.setQuotePrefixed(true);
    for (TableEncoder.Sheet s : sheets) {
      Sheet sheet = wb.createSheet(s.name());
      Row top = sheet.createRow(0);
      for (int c = 0; c < s.header().size(); c++) {
        Cell cell = top.createCell(c);
        cell.setCellValue(s.header().get(c));
        cell.setCellStyle(header);
      }
      for (int r = 0; r < s.rows().size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<@Nullable Object> values = s.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          set(row, c, values.get(c), quoted);
        }
      }
      sheet.createFreezePane(0, 1);
      widths(sheet, s);
    }
    return wb;
  }

  private static void set(Row row, int c, @Nullable Object value, CellStyle quoted) {
    switch (value) {
      case null -> {}
      case Double d -> row.createCell(c).setCellValue(d);
      case Boolean b -> row.createCell(c).setCellValue(b);
      case String s when s.isEmpty() -> {}
      default -> {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.toString());
        if (risky(value.toString())) {
          cell.setCellStyle(quoted);
        }
      }
    }
  }

  /** Whether a spreadsheet could read the text as a formula or a command. */
  static boolean risky(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static CellStyle headerStyle(XSSFWorkbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle style = wb.createCellStyle();
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  /** Width from the longest of the header and the first rows, wide characters counted twice. */
  private static void widths(Sheet sheet, TableEncoder.Sheet s) {
    for (int c = 0; c < s.header().size(); c++) {
      int chars = display(s.header().get(c));
      for (int r = 0; r < Math.min(200, s.rows().size()); r++) {
        Object v = s.rows().get(r).get(c);
        chars = Math.max(chars, v == null ? 0 : display(v.toString()));
      }
      sheet.setColumnWidth(c, Math.min(60, Math.max(10, chars + 2)) * 256);
    }
  }

  static int display(String s) {
    return s.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }
}
