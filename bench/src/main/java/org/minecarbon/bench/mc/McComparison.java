package org.minecarbon.bench.mc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.uncertainty.Stats;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.core.uncertainty.YearUncertainty;
import tools.jackson.databind.JsonNode;

/**
 * Compares our Monte Carlo statistics with the numpy baseline's JSON: means within {@value
 * #MEAN_TOL} (relative), median and 2.5/97.5 % percentiles within {@value #PERCENTILE_TOL}.
 */
final class McComparison {
  static final double MEAN_TOL = 0.005;
  static final double PERCENTILE_TOL = 0.01;
  static final List<String> STATS = List.of("mean", "median", "p025", "p975", "sd");

  /** One compared figure; sd is shown but not judged (its sampling error is larger). */
  record Row(int year, String series, String stat, double ours, double numpy, double tolerance) {
    double relDiff() {
      double scale = Math.max(Math.abs(ours), Math.abs(numpy));
      return scale == 0 ? 0 : Math.abs(ours - numpy) / scale;
    }

    boolean ok() {
      return tolerance <= 0 || relDiff() <= tolerance;
    }
  }

  private McComparison() {}

  static List<Row> compare(UncertaintyReport ours, JsonNode numpy) {
    List<Row> rows = new ArrayList<>();
    for (YearUncertainty y : ours.years()) {
      JsonNode series = findYear(numpy, y.year()).get("series");
      for (Map.Entry<String, Stats> e : series(y).entrySet()) {
        JsonNode theirs = series.get(e.getKey());
        if (theirs == null) {
          throw new IllegalArgumentException("numpy result lacks series " + e.getKey());
        }
        for (String stat : STATS) {
          rows.add(
              new Row(
                  y.year(),
                  e.getKey(),
                  stat,
                  value(e.getValue(), stat),
                  theirs.get(stat).asDouble(),
                  tolerance(stat)));
        }
      }
    }
    return rows;
  }

  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-6s %-14s %-7s %18s %18s %9s %s%n",
            "year",
            "series",
            "stat",
            "ours",
            "numpy",
            "diff %",
            "ok"));
    for (Row r : rows) {
      if (r.ours() == 0 && r.numpy() == 0) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-6d %-14s %-7s %18.2f %18.2f %9.4f %s%n",
              r.year(),
              r.series(),
              r.stat(),
              r.ours(),
              r.numpy(),
              100 * r.relDiff(),
              r.tolerance() <= 0 ? "-" : r.ok() ? "yes" : "NO"));
    }
    return sb.toString();
  }

  static Map<String, Stats> series(YearUncertainty y) {
    Map<String, Stats> out = new LinkedHashMap<>();
    for (Column c : Column.values()) {
      out.put(c.code(), y.columns().get(c));
    }
    out.put("emissions", y.emissions());
    out.put("sinks", y.sinks());
    out.put("net", y.net());
    return out;
  }

  private static JsonNode findYear(JsonNode numpy, int year) {
    for (JsonNode y : numpy.get("years")) {
      if (y.get("year").asInt() == year) {
        return y;
      }
    }
    throw new IllegalArgumentException("numpy result lacks year " + year);
  }

  static double value(Stats s, String stat) {
    return switch (stat) {
      case "mean" -> s.mean();
      case "median" -> s.median();
      case "p025" -> s.p025();
      case "p975" -> s.p975();
      case "sd" -> s.sd();
      default -> throw new IllegalArgumentException(stat);
    };
  }

  private static double tolerance(String stat) {
    return switch (stat) {
      case "mean" -> MEAN_TOL;
      case "sd" -> 0;
      default -> PERCENTILE_TOL;
    };
  }
}
