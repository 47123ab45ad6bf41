package org.minecarbon.io.zone;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.datafile.CsvTable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.result.Severity;
import org.minecarbon.io.IoCodes;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * Reads provinces' energy data from CSV (UTF-8, header in English or Chinese):
 *
 * <pre>
 * province,year,production_10k_tce,consumption_10k_tce,new_energy_share_pct,source
 * 省份,年份,能源生产量(万吨标准煤),能源消费量(万吨标准煤),新能源消费占比(%),来源
 * </pre>
 *
 * The share is in percent (17.5 = seed 004's threshold). Every problem of every row is listed with
 * its {@code file:line: field} location; nothing is returned from a file with an error.
 */
public final class ProvinceEnergyCsv {
  /** A required column is missing from the header. */
  public static final String MISSING_COLUMN = "ZONE_MISSING_COLUMN";

  /** A cell is empty, not a number, or out of range. */
  public static final String BAD_VALUE = "ZONE_BAD_VALUE";

  /** The same province and year appear twice. */
  public static final String DUPLICATE = "ZONE_DUPLICATE_ROW";

  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "province", List.of("province", "省份"),
          "year", List.of("year", "年份"),
          "production", List.of("production_10k_tce", "能源生产量(万吨标准煤)"),
          "consumption", List.of("consumption_10k_tce", "能源消费量(万吨标准煤)"),
          "share", List.of("new_energy_share_pct", "新能源消费占比(%)"),
          "source", List.of("source", "来源"));

  private static final List<String> REQUIRED =
      List.of("province", "year", "production", "consumption", "share");

  private ProvinceEnergyCsv() {}

  public static Result<List<ProvinceEnergy>> read(InputStream in, String name) {
    CsvTable table;
    try {
      table = CsvTable.parse(in, name);
    } catch (IOException e) {
      return Result.err(Issue.error(IoCodes.MALFORMED_CSV, name, String.valueOf(e.getMessage())));
    }
    List<Issue> issues = new ArrayList<>();
    for (String key : REQUIRED) {
      if (column(table, key) == null) {
        List<String> names = COLUMNS.get(key);
        issues.add(
            at(
                MISSING_COLUMN,
                name + ":1: " + names.get(0),
                "missing column " + String.join(" / ", names),
                "",
                String.join(" / ", names)));
      }
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    List<ProvinceEnergy> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < table.rows().size(); i++) {
      String at = name + ":" + table.lineNumbers().get(i) + ": ";
      ProvinceEnergy row = row(table, table.rows().get(i), at, issues);
      if (row != null && !seen.add(row.province() + "/" + row.year())) {
        issues.add(
            at(
                DUPLICATE,
                at + column(table, "province"),
                row.province() + " " + row.year() + " appears twice",
                row.province(),
                ""));
      }
      if (row != null) {
        out.add(row);
      }
    }
    return issues.isEmpty() ? Result.ok(List.copyOf(out)) : Result.err(issues);
  }

  private static @Nullable ProvinceEnergy row(
      CsvTable t, Map<String, String> r, String at, List<Issue> issues) {
    int before = issues.size();
    String province = cell(t, r, "province");
    if (province.isEmpty()) {
      issues.add(at(BAD_VALUE, at + column(t, "province"), "province is empty", "", "a name"));
    }
    double year = number(t, r, "year", at, issues, 1900, 2100);
    double production = number(t, r, "production", at, issues, 0, Double.MAX_VALUE);
    double consumption = number(t, r, "consumption", at, issues, 0, Double.MAX_VALUE);
    double share = number(t, r, "share", at, issues, 0, 100);
    if (!Double.isNaN(year) && year != Math.rint(year)) {
      issues.add(
          at(BAD_VALUE, at + column(t, "year"), "year must be whole", Issue.show(year), "2023"));
    }
    if (issues.size() > before) {
      return null;
    }
    String source = cell(t, r, "source");
    return new ProvinceEnergy(
        province,
        (int) year,
        production,
        consumption,
        share / 100,
        source.isEmpty() ? "-" : source);
  }

  private static double number(
      CsvTable t,
      Map<String, String> r,
      String key,
      String at,
      List<Issue> issues,
      double min,
      double max) {
    String field = at + column(t, key);
    String text = cell(t, r, key);
    try {
      double v = Double.parseDouble(text);
      if (!(v >= min && v <= max)) {
        issues.add(at(BAD_VALUE, field, key + " out of range", text, range(min, max)));
        return Double.NaN;
      }
      return v;
    } catch (NumberFormatException e) {
      issues.add(at(BAD_VALUE, field, key + " is not a number", text, range(min, max)));
      return Double.NaN;
    }
  }

  /**
   * An error at {@code file:line: field}, with the location also in io's cell form ({@code sheet F,
   * row N, column C}) so that pages name the cell in their language.
   */
  private static Issue at(String code, String pointer, String message, String value, String want) {
    String[] p = pointer.split(": ", 2);
    int colon = p[0].lastIndexOf(':');
    String location =
        "sheet "
            + p[0].substring(0, colon)
            + ", row "
            + p[0].substring(colon + 1)
            + ", column "
            + p[1];
    return new Issue(code, Severity.ERROR, message, pointer, value, want, location);
  }

  private static String range(double min, double max) {
    return max == Double.MAX_VALUE
        ? "≥ " + Issue.show(min)
        : Issue.show(min) + "…" + Issue.show(max);
  }

  private static String cell(CsvTable t, Map<String, String> r, String key) {
    String col = column(t, key);
    return col == null ? "" : r.getOrDefault(col, "").strip();
  }

  private static @Nullable String column(CsvTable t, String key) {
    return COLUMNS.get(key).stream().filter(t.header()::contains).findFirst().orElse(null);
  }
}
