package org.minecarbon.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.inventory.Period;

/**
 * The underground mine-gas lines ({@code mine-methane}, {@code mine-co2}) summed per site and
 * period, with their volumes read off the calculation terms (10^4 Nm³ of pure gas, the unit the
 * engine converted to). Nothing is recomputed: the gas mass and CO2e are the lines' own sums.
 */
public final class MineGasRows {
  private MineGasRows() {}

  /**
   * One site and period of a mine-gas source.
   *
   * @param volumes term label ({@code ventilation}, {@code drainage}, {@code flared}, {@code
   *     utilized}, {@code recovered}) → 10^4 Nm³, summed over the lines
   * @param density ρ (t/10^4 Nm³) of the first line (one factor set per balance)
   * @param gasMass t of CH4 or CO2, Σ of the lines
   * @param gwp GWP applied (1 for CO2)
   * @param co2e tCO2e, Σ of the lines
   * @param lines how many inventory rows were summed
   */
  public record GasRow(
      String site,
      Period period,
      Map<String, Double> volumes,
      double density,
      double gasMass,
      double gwp,
      double co2e,
      int lines) {
    public GasRow {
      volumes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
    }

    /** The volume of a term label, 0 when the rows gave none. */
    public double volume(String label) {
      return volumes.getOrDefault(label, 0.0);
    }
  }

  /** Rows of {@code source} summed per (site, period), in first-appearance order. */
  public static List<GasRow> of(List<CalcLine> lines, String source) {
    Map<String, List<CalcLine>> groups = new LinkedHashMap<>();
    for (CalcLine l : lines) {
      if (source.equals(l.source())) {
        groups
            .computeIfAbsent(l.site() + "\u0000" + l.row().period(), k -> new ArrayList<>())
            .add(l);
      }
    }
    List<GasRow> rows = new ArrayList<>();
    for (List<CalcLine> g : groups.values()) {
      rows.add(sum(g));
    }
    rows.sort(java.util.Comparator.comparing(GasRow::period).thenComparing(GasRow::site));
    return rows;
  }

  private static GasRow sum(List<CalcLine> group) {
    Map<String, Double> volumes = new LinkedHashMap<>();
    double mass = 0;
    double co2e = 0;
    for (CalcLine l : group) {
      for (Term t : l.terms()) {
        volumes.merge(t.label(), t.activity(), Double::sum);
      }
      mass += l.gasMass();
      co2e += l.co2e();
    }
    CalcLine first = group.getFirst();
    double density =
        first.factors().stream()
            .filter(u -> u.symbol().startsWith("ρ"))
            .mapToDouble(u -> u.factor().value())
            .findFirst()
            .orElse(Double.NaN);
    return new GasRow(
        first.site(),
        first.row().period(),
        volumes,
        density,
        mass,
        first.gwp(),
        co2e,
        group.size());
  }
}
