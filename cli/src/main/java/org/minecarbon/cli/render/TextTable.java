package org.minecarbon.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table: the first column left-aligned, the others right-aligned (figures),
 * widths measured with {@link DisplayWidth} so Chinese headers line up.
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final String align;

  /**
   * @param headers column headers
   * @param leftAligned how many leading columns are text (left-aligned); the rest are figures
   */
  public TextTable(List<String> headers, int leftAligned) {
    this(headers, "L".repeat(leftAligned) + "R".repeat(Math.max(0, headers.size() - leftAligned)));
  }

  /**
   * @param headers column headers
   * @param align one letter per column: {@code L} left-aligned (text), {@code R} right (figures)
   */
  public TextTable(List<String> headers, String align) {
    if (align.length() != headers.size() || !align.matches("[LR]*")) {
      throw new IllegalArgumentException("need one of L/R per column, got " + align);
    }
    this.headers = List.copyOf(headers);
    this.align = align;
  }

  public TextTable(List<String> headers) {
    this(headers, 1);
  }

  public TextTable add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as lines: header, rule, rows. */
  public List<String> lines() {
    int[] widths = widths();
    List<String> out = new ArrayList<>();
    out.add(line(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    out.add(line(rule, widths));
    for (List<String> row : rows) {
      out.add(line(row, widths));
    }
    return out;
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = DisplayWidth.of(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    return widths;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append(GAP);
      }
      String cell = cells.get(c);
      sb.append(
          align.charAt(c) == 'L'
              ? DisplayWidth.padRight(cell, widths[c])
              : DisplayWidth.padLeft(cell, widths[c]));
    }
    return sb.toString().stripTrailing();
  }
}
