package org.minecarbon.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.report.BenchmarkValue;

/**
 * The figures the analysis report discusses (seed 002 §3.1: the balance relations, the gap to
 * industry-advanced values, the key links): shares, largest sources, year-on-year change, gaps.
 */
public final class Analysis {
  private Analysis() {}

  /** Share (%) of an emission column in the year's emissions total; 0 when the total is 0. */
  public static double share(Totals t, Column column) {
    double total = t.emissionsTotal();
    return total == 0 ? 0 : 100 * t.get(column) / total;
  }

  /** Emission columns of the year, largest first, those with a positive value only. */
  public static List<Column> dominant(Totals t) {
    return Column.EMISSIONS.stream()
        .filter(c -> t.get(c) > 0)
        .sorted(Comparator.comparingDouble((Column c) -> t.get(c)).reversed())
        .toList();
  }

  /**
   * An emission source of one site in a year: the year's lines of that source and site summed.
   *
   * @param source source code ({@code mine-methane})
   * @param column balance column of the first line (a source lands in one column)
   * @param site site id
   * @param formula the engine's formula of the first line
   * @param co2e tCO2e, Σ of the lines
   * @param lines how many inventory rows (months) were summed
   */
  public record SourceTotal(
      String source, Column column, String site, String formula, double co2e, int lines) {}

  /**
   * The year's emission lines summed per (source, site), largest first, at most {@code n}, those
   * with a positive sum only: a source entered monthly is one line, not twelve.
   */
  public static List<SourceTotal> largest(Balance balance, int year, int n) {
    Map<String, SourceTotal> sums = new java.util.LinkedHashMap<>();
    for (CalcLine l : balance.calculation().lines()) {
      if (l.year() != year || l.column().isSink()) {
        continue;
      }
      sums.merge(
          l.source() + "\u0000" + l.site(),
          new SourceTotal(l.source(), l.column(), l.site(), l.formula(), l.co2e(), 1),
          (a, b) ->
              new SourceTotal(
                  a.source(),
                  a.column(),
                  a.site(),
                  a.formula(),
                  a.co2e() + b.co2e(),
                  a.lines() + 1));
    }
    return sums.values().stream()
        .filter(t -> t.co2e() > 0)
        .sorted(Comparator.comparingDouble(SourceTotal::co2e).reversed())
        .limit(n)
        .toList();
  }

  /** Relative change (%) from {@code before} to {@code after}; empty when {@code before} is 0. */
  public static OptionalDouble change(double before, double after) {
    return before == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100 * (after - before) / Math.abs(before));
  }

  /**
   * Intensity against an industry-advanced value.
   *
   * @param gap (actual − benchmark) / benchmark in %: positive means above (worse than) advanced
   */
  public record Gap(
      String product, int year, double actual, double benchmark, double gap, String source) {}

  /** One gap per benchmark and year whose product has an intensity in that year. */
  public static List<Gap> gaps(Balance balance, List<BenchmarkValue> benchmarks) {
    List<Gap> gaps = new ArrayList<>();
    for (BalanceYear y : balance.years()) {
      for (BenchmarkValue b : benchmarks) {
        Double actual = find(y.intensity(), b.product());
        if (b.appliesTo(y.year()) && actual != null) {
          double gap = 100 * (actual - b.intensity()) / b.intensity();
          gaps.add(new Gap(b.product(), y.year(), actual, b.intensity(), gap, b.source()));
        }
      }
    }
    return gaps;
  }

  private static @Nullable Double find(Map<String, Double> intensity, String product) {
    for (Map.Entry<String, Double> e : intensity.entrySet()) {
      if (e.getKey().strip().equalsIgnoreCase(product.strip())) {
        return e.getValue();
      }
    }
    return null;
  }
}
