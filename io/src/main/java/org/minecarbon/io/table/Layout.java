package org.minecarbon.io.table;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.table.internal.Columns;

/**
 * The sheets of an inventory workbook (and files of a CSV folder) and their columns. Column names
 * are the JSON field names (nested fields dotted: {@code steam.mass}); Chinese names are accepted
 * as header aliases, as are headers such as {@code 数量/quantity} or {@code 数量 (quantity)}.
 */
public enum Layout {
  ENTERPRISE("enterprise", "", "企业", List.of("企业信息", "报告主体"), Columns.ENTERPRISE),
  SITES("sites", "sites", "矿山", List.of("站点", "矿井"), Columns.SITES),
  ACTIVITIES("activities", "activities", "排放活动", List.of("排放", "排放源"), Columns.ACTIVITIES),
  SINKS("sinks", "sinks", "碳汇", List.of("碳汇活动"), Columns.SINKS),
  PRODUCTION("production", "production", "产量", List.of("产品产量"), Columns.PRODUCTION);

  /** How a column's cells are written and read. */
  public enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    /** {@code CaCO3=0.8; MgCO3=0.05} ↔ an object of numbers. */
    MAP,
    /** {@code 100 t @ 0.8; 50 t @ 0.02} ↔ an array of {quantity, unit, carbonFraction}. */
    FLOWS
  }

  /**
   * A column.
   *
   * @param name JSON field name, dotted for nested objects
   * @param zh Chinese header alias
   * @param kind cell encoding
   * @param aliases further accepted headers
   */
  public record Column(String name, String zh, Kind kind, List<String> aliases) {
    public boolean matches(String header) {
      String h = header.strip();
      if (h.equalsIgnoreCase(name) || h.equals(zh)) {
        return true;
      }
      return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(h));
    }
  }

  private final String sheet;
  private final String array;
  private final String zh;
  private final List<String> aliases;
  private final List<Column> columns;

  Layout(String sheet, String array, String zh, List<String> aliases, List<Column> columns) {
    this.sheet = sheet;
    this.array = array;
    this.zh = zh;
    this.aliases = aliases;
    this.columns = columns;
  }

  /** Canonical sheet name; the CSV file is {@code <sheet>.csv}. */
  public String sheet() {
    return sheet;
  }

  /** The document array the sheet fills (empty for the key/value enterprise sheet). */
  public String array() {
    return array;
  }

  public String zh() {
    return zh;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The sheet kind a sheet or file name stands for ({@code 排放活动}, {@code activities.csv}). */
  public static Optional<Layout> forName(String name) {
    String n = name.strip().replaceFirst("(?i)\\.csv$", "");
    for (Layout l : values()) {
      if (l.sheet.equalsIgnoreCase(n) || l.zh.equals(n) || l.aliases.contains(n)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The column a header stands for, trying the whole text, then its parts. */
  public @Nullable Column column(String header) {
    Column c = exact(header);
    if (c != null) {
      return c;
    }
    for (String part : header.split("[/()（）\\s]+")) {
      c = part.isBlank() ? null : exact(part);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private @Nullable Column exact(String header) {
    for (Column c : columns) {
      if (c.matches(header)) {
        return c;
      }
    }
    return null;
  }
}
