package org.minecarbon.report.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.text.Lang;

/**
 * Cell writing shared by the report sheets. Every text goes through {@link #text}, which marks text
 * that a spreadsheet could take for a formula ({@code = + - @}, tab, CR) with the quote-prefix
 * style: the cell keeps the exact text and Excel shows and re-saves it as a literal (CSV/formula
 * injection, OWASP).
 */
final class Cells {
  final XSSFWorkbook wb;
  final Lang lang;
  private final CellStyle header;
  private final CellStyle title;
  private final CellStyle number;
  private final CellStyle factor;
  private final CellStyle quoted;
  private final CellStyle total;

  Cells(XSSFWorkbook wb, Lang lang) {
    this.wb = wb;
    this.lang = lang;
    var bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    var big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    number = wb.createCellStyle();
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    total = wb.createCellStyle();
    total.cloneStyleFrom(number);
    total.setFont(bold);
    factor = wb.createCellStyle();
    factor.setDataFormat(wb.createDataFormat().getFormat("0.0#####"));
    quoted = wb.createCellStyle();
    quoted.setQuotePrefixed(true);
  }

  /** Whether a spreadsheet could read the text as a formula or a command. */
  static boolean risky(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  static Row row(Sheet s, int i) {
    Row r = s.getRow(i);
    return r != null ? r : s.createRow(i);
  }

  void title(Sheet s, String text) {
    Cell c = row(s, 0).createCell(0);
    c.setCellValue(text);
    c.setCellStyle(title);
  }

  void head(Row r, int col, String text) {
    Cell c = r.createCell(col);
    c.setCellValue(text);
    c.setCellStyle(header);
  }

  /** A header row of the given texts from column 0; sets readable column widths. */
  void heads(Sheet s, int rowIndex, String... texts) {
    Row r = row(s, rowIndex);
    r.setHeightInPoints(30);
    for (int i = 0; i < texts.length; i++) {
      head(r, i, texts[i]);
      s.setColumnWidth(i, Math.max(s.getColumnWidth(i), 14 * 256));
    }
  }

  /** User or library text, written literally; blank for null. */
  void text(Row r, int col, @Nullable String text) {
    if (text == null) {
      return;
    }
    Cell c = r.createCell(col);
    c.setCellValue(text);
    if (risky(text)) {
      c.setCellStyle(quoted);
    }
  }

  void number(Row r, int col, double v) {
    Cell c = r.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(number);
  }

  void total(Row r, int col, double v) {
    Cell c = r.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(total);
  }

  void factor(Row r, int col, double v) {
    Cell c = r.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(factor);
  }

  void integer(Row r, int col, int v) {
    r.createCell(col).setCellValue(v);
  }
}
