package org.minecarbon.io.zone.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.result.Severity;
import org.minecarbon.io.table.Table;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * Checks a table of provinces' energy data (header in English or Chinese, share in percent) and
 * turns it into {@link ProvinceEnergy} rows; every problem of every row is listed, nothing is
 * returned from a table with an error. Where a problem is, a {@link Locator} of the file kind says.
 */
public final class ProvinceEnergyRows {
  /** A required column is missing from the header. */
  public static final String MISSING_COLUMN = "ZONE_MISSING_COLUMN";

  /** A cell is empty, not a number, or out of range. */
  public static final String BAD_VALUE = "ZONE_BAD_VALUE";

  /** The same province and year appear twice. */
  public static final String DUPLICATE = "ZONE_DUPLICATE_ROW";

  /** Column key → accepted header names, English first, then the Chinese of the template. */
  public static final Map<String, List<String>> COLUMNS =
      Map.of(
          "province", List.of("province", "省份"),
          "year", List.of("year", "年份"),
          "production", List.of("production_10k_tce", "能源生产量(万吨标准煤)"),
          "consumption", List.of("consumption_10k_tce", "能源消费量(万吨标准煤)"),
          "share", List.of("new_energy_share_pct", "新能源消费占比(%)"),
          "source", List.of("source", "来源"));

  /** The column keys in file order. */
  public static final List<String> ORDER =
      List.of("province", "year", "production", "consumption", "share", "source");

  private static final List<String> REQUIRED = ORDER.subList(0, 5);

  /** Names a cell: its pointer ({@code file:line: column}, {@code sheet!C3}) and io location. */
  public interface Locator {
    /**
     * @param row 1-based row or line number
     * @param column 0-based column index in the header, −1 for a missing column
     * @param name the column's header name
     */
    String pointer(int row, int column, String name);

    /** The io cell form {@code sheet S, row N, column C}. */
    String location(int row, int column, String name);
  }

  private final Table table;
  private final Locator locator;
  private final List<Issue> issues = new ArrayList<>();

  private ProvinceEnergyRows(Table table, Locator locator) {
    this.table = table;
    this.locator = locator;
  }

  public static Result<List<ProvinceEnergy>> read(Table table, Locator locator) {
    return new ProvinceEnergyRows(table, locator).read();
  }

  private Result<List<ProvinceEnergy>> read() {
    for (String key : REQUIRED) {
      if (column(key) < 0) {
        List<String> names = COLUMNS.get(key);
        String all = String.join(" / ", names);
        issue(MISSING_COLUMN, 1, -1, names.get(0), "missing column " + all, "", all);
      }
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    List<ProvinceEnergy> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Table.Row r : table.rows()) {
      ProvinceEnergy row = row(r);
      if (row != null && !seen.add(row.province() + "/" + row.year())) {
        String message = row.province() + " " + row.year() + " appears twice";
        issue(DUPLICATE, r.number(), column("province"), row.province(), message, "");
      }
      if (row != null) {
        out.add(row);
      }
    }
    return issues.isEmpty() ? Result.ok(List.copyOf(out)) : Result.err(List.copyOf(issues));
  }

  private @Nullable ProvinceEnergy row(Table.Row r) {
    int before = issues.size();
    String province = cell(r, "province");
    if (province.isEmpty()) {
      issue(BAD_VALUE, r.number(), column("province"), "", "province is empty", "a name");
    }
    double year = number(r, "year", 1900, 2100);
    double production = number(r, "production", 0, Double.MAX_VALUE);
    double consumption = number(r, "consumption", 0, Double.MAX_VALUE);
    double share = number(r, "share", 0, 100); // "17.5" or "17.5%" (a percent-formatted cell)
    if (!Double.isNaN(year) && year != Math.rint(year)) {
      issue(BAD_VALUE, r.number(), column("year"), Issue.show(year), "year must be whole", "2023");
    }
    if (issues.size() > before) {
      return null;
    }
    String source = cell(r, "source");
    return new ProvinceEnergy(
        province,
        (int) year,
        production,
        consumption,
        share / 100,
        source.isEmpty() ? "-" : source);
  }

  private double number(Table.Row r, String key, double min, double max) {
    String text = cell(r, key);
    try {
      String digits =
          key.equals("share") && text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
      double v = Double.parseDouble(digits.strip());
      if (!(v >= min && v <= max)) {
        issue(BAD_VALUE, r.number(), column(key), text, key + " out of range", range(min, max));
        return Double.NaN;
      }
      return v;
    } catch (NumberFormatException e) {
      issue(BAD_VALUE, r.number(), column(key), text, key + " is not a number", range(min, max));
      return Double.NaN;
    }
  }

  private void issue(String code, int row, int col, String value, String message, String want) {
    String name = col < 0 ? value : table.header().get(col);
    issue(code, row, col, name, message, value, want);
  }

  private void issue(
      String code, int row, int col, String name, String message, String value, String want) {
    issues.add(
        new Issue(
            code,
            Severity.ERROR,
            message,
            locator.pointer(row, col, name),
            value,
            want,
            locator.location(row, col, name)));
  }

  private static String range(double min, double max) {
    return max == Double.MAX_VALUE
        ? "≥ " + Issue.show(min)
        : Issue.show(min) + "…" + Issue.show(max);
  }

  private String cell(Table.Row r, String key) {
    int c = column(key);
    return c < 0 ? "" : r.cell(c).strip();
  }

  private int column(String key) {
    List<String> header = table.header().stream().map(String::strip).toList();
    for (String name : COLUMNS.get(key)) {
      int i = header.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
