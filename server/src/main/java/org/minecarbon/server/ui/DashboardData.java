package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;

/**
 * The figures behind the dashboard charts, as plain maps and lists that serialize to the JSON the
 * page's ECharts code reads. Everything comes from the engine's {@link Balance}; nothing is
 * recomputed here except sums for display (the waterfall steps are the balance's own columns).
 */
final class DashboardData {
  private DashboardData() {}

  /**
   * @param year the year of the composition, waterfall, site and stage charts
   * @param siteNames site id → display name
   * @param benchmarks product → industry-advanced intensity (tCO2e/t)
   */
  static Map<String, Object> of(
      Balance balance,
      BalanceYear year,
      Map<String, String> siteNames,
      Map<String, Double> benchmarks,
      Function<Column, String> columnName,
      Function<String, String> stageName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", balance.years().stream().map(y -> String.valueOf(y.year())).toList());
    m.put("year", year.year());
    m.put("perYear", perYear(balance));
    m.put("trend", trend(balance, columnName));
    m.put("monthly", monthly(balance, year, columnName));
    m.put("composition", composition(year.totals(), columnName));
    m.put("waterfall", waterfall(year.totals(), columnName));
    m.put("intensity", intensity(balance, benchmarks));
    m.put("bySite", named(year.bySite(), id -> siteNames.getOrDefault(id, id)));
    m.put("byStage", named(year.byStage(), stageName));
    return m;
  }

  static Map<String, List<Double>> perYear(Balance balance) {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    m.put("emissions", series(balance, Totals::emissionsTotal));
    m.put("sinks", series(balance, Totals::sinksTotal));
    m.put("net", series(balance, Totals::net));
    m.put("scope1", series(balance, Totals::scope1));
    m.put("scope2", series(balance, Totals::scope2));
    return m;
  }

  /** One series per emission column that is non-zero in some year. */
  static List<Map<String, Object>> trend(Balance balance, Function<Column, String> columnName) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Column c : Column.EMISSIONS) {
      List<Double> data = series(balance, t -> t.get(c));
      if (data.stream().anyMatch(v -> v != 0.0)) {
        out.add(Map.of("name", columnName.apply(c), "code", c.code(), "data", data));
      }
    }
    return out;
  }

  /**
   * The year's months (1..12): one series per emission column of its monthly rows (null for a month
   * without rows, so a gap stays a gap), and the previous year's monthly emissions total for the
   * year-on-year line. Empty series when the year has no monthly rows (annual rows appear in no
   * month).
   */
  static Map<String, Object> monthly(
      Balance balance, BalanceYear year, Function<Column, String> columnName) {
    List<Map<String, Object>> series = new ArrayList<>();
    for (Column c : Column.EMISSIONS) {
      if (year.months().values().stream().anyMatch(t -> t.get(c) != 0.0)) {
        series.add(
            Map.of(
                "name",
                columnName.apply(c),
                "code",
                c.code(),
                "data",
                months(year, t -> t.get(c))));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", year.year());
    m.put("series", series);
    balance
        .year(year.year() - 1)
        .filter(p -> !p.months().isEmpty())
        .ifPresent(
            p ->
                m.put(
                    "previous",
                    Map.of("year", p.year(), "data", months(p, Totals::emissionsTotal))));
    return m;
  }

  private static List<@Nullable Double> months(BalanceYear y, ToDoubleFunction<Totals> f) {
    List<@Nullable Double> data = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      Totals t = y.months().get(month);
      data.add(t == null ? null : round(f.applyAsDouble(t)));
    }
    return data;
  }

  static List<Map<String, Object>> composition(Totals t, Function<Column, String> columnName) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Column c : Column.EMISSIONS) {
      if (t.get(c) != 0.0) {
        out.add(Map.of("name", columnName.apply(c), "code", c.code(), "value", round(t.get(c))));
      }
    }
    return out;
  }

  /**
   * Steps from gross emissions down through each non-zero sink column to net: each step is {@code
   * [low, high]} of a floating bar, so negative nets draw correctly.
   */
  static List<Map<String, Object>> waterfall(Totals t, Function<Column, String> columnName) {
    List<Map<String, Object>> steps = new ArrayList<>();
    double level = t.emissionsTotal();
    steps.add(step("gross", null, 0, level));
    for (Column c : Column.SINKS) {
      double s = t.get(c);
      if (s != 0.0) {
        steps.add(step("sink", columnName.apply(c), level - s, level));
        level -= s;
      }
    }
    steps.add(step("net", null, Math.min(0, t.net()), Math.max(0, t.net())));
    return steps;
  }

  /** Intensity (tCO2e/t) per product and year; null where the product has no output that year. */
  static Map<String, Object> intensity(Balance balance, Map<String, Double> benchmarks) {
    List<String> products =
        balance.years().stream()
            .flatMap(y -> y.intensity().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<Map<String, Object>> series = new ArrayList<>();
    for (String p : products) {
      List<@Nullable Double> data = new ArrayList<>();
      for (BalanceYear y : balance.years()) {
        Double v = y.intensity().get(p);
        data.add(v == null ? null : Math.round(v * 1e6) / 1e6);
      }
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", p);
      s.put("data", data);
      Double b = benchmarks.get(p);
      if (b != null) {
        s.put("benchmark", b);
      }
      series.add(s);
    }
    return Map.of("series", series);
  }

  private static Map<String, Object> step(
      String kind, @Nullable String name, double low, double high) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("name", name);
    m.put("low", round(low));
    m.put("high", round(high));
    return m;
  }

  private static List<Map<String, Object>> named(
      Map<String, Double> values, Function<String, String> name) {
    List<Map<String, Object>> out = new ArrayList<>();
    values.forEach((k, v) -> out.add(Map.of("name", name.apply(k), "code", k, "value", round(v))));
    out.sort((a, b) -> Double.compare((Double) b.get("value"), (Double) a.get("value")));
    return out;
  }

  private static List<Double> series(Balance balance, ToDoubleFunction<Totals> f) {
    return balance.years().stream().map(y -> round(f.applyAsDouble(y.totals()))).toList();
  }

  static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
