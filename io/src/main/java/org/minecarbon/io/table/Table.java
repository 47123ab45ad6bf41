package org.minecarbon.io.table;

import java.util.List;

/**
 * A sheet or a CSV file as text: its name as found, the header cells and the data rows.
 *
 * @param name sheet name or file name as found ({@code 排放活动}, {@code activities.csv})
 * @param header header cells (row 1), as written
 * @param rows data rows (blank rows already dropped)
 */
public record Table(String name, List<String> header, List<Row> rows) {
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * One data row.
   *
   * @param number 1-based row number in the sheet, or line number in the file
   * @param cells cell texts in header order (blank cells as empty strings)
   */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }
}
