package org.minecarbon.core.uncertainty;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.Stage;

/** Hand-built calculation lines for uncertainty tests. */
final class Lines {
  private Lines() {}

  static Distribution dist(String spec) {
    return Distribution.parse(spec).orElseThrow();
  }

  /** A factor of test set "T" with the given uncertainty spec (null = none). */
  static FactorUse factor(String symbol, String key, double value, @Nullable String spec) {
    Distribution d = spec == null ? null : dist(spec);
    return new FactorUse(
        symbol, new Factor("T", key, value, "x", "test factor", Confidence.C, d, ""));
  }

  static Term term(double activity, double coefficient, Integer... factorIndices) {
    return new Term("a", activity, "t", coefficient, Arrays.asList(factorIndices));
  }

  /** A line whose gas mass and co2e are computed from its terms, as the calculators do. */
  static CalcLine line(
      String id,
      int year,
      Column column,
      String source,
      @Nullable String rowSpec,
      List<Term> terms,
      List<FactorUse> factors,
      int gwpIndex) {
    RowMeta row =
        new RowMeta(
            id,
            "/rows/" + id,
            Period.ofYear(year),
            null,
            null,
            null,
            null,
            rowSpec == null ? null : dist(rowSpec));
    double mass = 0;
    for (Term t : terms) {
      mass += t.value(factors);
    }
    double gwp = gwpIndex < 0 ? 1 : factors.get(gwpIndex).factor().value();
    return new CalcLine(
        row,
        source,
        "site",
        Stage.UNASSIGNED,
        column,
        "CO2",
        mass,
        gwpIndex,
        mass * gwp,
        0,
        0,
        0,
        "test",
        terms,
        factors);
  }

  /** A line with one term {@code activity × Π factors} and no GWP. */
  static CalcLine simple(
      String id,
      Column column,
      String source,
      @Nullable String rowSpec,
      double activity,
      FactorUse... factors) {
    Integer[] idx = new Integer[factors.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return line(
        id, 2024, column, source, rowSpec, List.of(term(activity, 1, idx)), List.of(factors), -1);
  }

  static Calculation calc(CalcLine... lines) {
    Inventory inv =
        new Inventory(
            new Enterprise("x", null, null, null),
            Settings.DEFAULT,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new Calculation(inv, GwpSet.SAR, "T", List.of(lines), List.of());
  }
}
