package org.minecarbon.core.uncertainty.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.uncertainty.Approach1;
import org.minecarbon.core.uncertainty.Approach1.Spread;

/**
 * IPCC 2006 Vol. 1 Ch. 3 Approach 1. The unit is the term (one activity times factors): its
 * relative half-width is √(U_activity² + Σ U_factor² + U_gwp²) (Eq. 3.1, U as the 95 % half-width
 * in %, larger side for asymmetric distributions); columns and totals add absolute half-widths in
 * quadrature (Eq. 3.2). Every input is treated as independent.
 */
public final class ErrorPropagation {
  private ErrorPropagation() {}

  /** One {@link Approach1} per year index of {@code model}. */
  public static Approach1[] compute(Calculation calc, ResolvedInputs in, FlatModel model) {
    int cols = FlatModel.COLUMNS;
    double[] variance = new double[model.years * cols];
    List<CalcLine> lines = calc.lines();
    for (int i = 0; i < lines.size(); i++) {
      CalcLine line = lines.get(i);
      int slot = in.lineYear()[i] * cols + line.column().ordinal();
      variance[slot] += lineVariance(line, in.activity()[i]);
    }
    Approach1[] out = new Approach1[model.years];
    for (int y = 0; y < model.years; y++) {
      out[y] = year(model, variance, y);
    }
    return out;
  }

  /** Σ over the line's terms of (|term tCO2e| × U_term / 100)². */
  static double lineVariance(CalcLine line, @Nullable Distribution activity) {
    double ua = Sampler.halfWidthPct(activity);
    if (line.terms().isEmpty()) {
      double hw = Math.abs(line.co2e()) * ua / 100;
      return hw * hw;
    }
    List<FactorUse> fs = line.factors();
    double ugwp = line.gwpIndex() < 0 ? 0 : pct(fs.get(line.gwpIndex()));
    double gwp = line.gwp();
    double sum = 0;
    for (Term t : line.terms()) {
      double u2 = ua * ua + ugwp * ugwp;
      for (int j : t.factors()) {
        double uf = pct(fs.get(j));
        u2 += uf * uf;
      }
      double hw = Math.abs(t.value(fs) * gwp) * Math.sqrt(u2) / 100;
      sum += hw * hw;
    }
    return sum;
  }

  private static double pct(FactorUse use) {
    return Sampler.halfWidthPct(use.factor().uncertainty());
  }

  private static Approach1 year(FlatModel model, double[] variance, int y) {
    Map<Column, Spread> columns = new EnumMap<>(Column.class);
    double eNom = 0;
    double eVar = 0;
    double sNom = 0;
    double sVar = 0;
    for (Column c : Column.values()) {
      int slot = y * FlatModel.COLUMNS + c.ordinal();
      double nominal = model.nominal[slot];
      columns.put(c, new Spread(nominal, Math.sqrt(variance[slot])));
      if (c.isSink()) {
        sNom += nominal;
        sVar += variance[slot];
      } else {
        eNom += nominal;
        eVar += variance[slot];
      }
    }
    return new Approach1(
        columns,
        new Spread(eNom, Math.sqrt(eVar)),
        new Spread(sNom, Math.sqrt(sVar)),
        new Spread(eNom - sNom, Math.sqrt(eVar + sVar)));
  }
}
