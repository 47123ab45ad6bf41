package org.minecarbon.core.calc.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.RowMeta;

/** Collects the factors and terms of one row and builds its {@link CalcLine}. */
final class LineBuilder {
  static final double C_TO_CO2 = 44.0 / 12.0;

  private final RowMeta row;
  private final String source;
  private final CalcContext ctx;
  private final List<FactorUse> factors = new ArrayList<>();
  private final List<Term> terms = new ArrayList<>();
  private int gwpIndex = -1;
  private double energyGj;
  private double electricityMwh;
  private double heatGj;

  LineBuilder(RowMeta row, String source, CalcContext ctx) {
    this.row = row;
    this.source = source;
    this.ctx = ctx;
  }

  int factor(String symbol, Factor f) {
    for (int i = 0; i < factors.size(); i++) {
      FactorUse u = factors.get(i);
      if (u.symbol().equals(symbol) && u.factor().equals(f)) {
        return i;
      }
    }
    factors.add(new FactorUse(symbol, f));
    return factors.size() - 1;
  }

  LineBuilder term(String label, double activity, String unit, double coefficient, int... idx) {
    List<Integer> list =
        switch (idx.length) {
          case 0 -> List.of();
          case 1 -> List.of(idx[0]);
          case 2 -> List.of(idx[0], idx[1]);
          case 3 -> List.of(idx[0], idx[1], idx[2]);
          default -> java.util.Arrays.stream(idx).boxed().toList();
        };
    terms.add(new Term(label, activity, unit, coefficient, list));
    return this;
  }

  LineBuilder gwp(Factor f) {
    gwpIndex = factor("GWP", f);
    return this;
  }

  LineBuilder energyGj(double v) {
    energyGj = v;
    return this;
  }

  LineBuilder electricityMwh(double v) {
    electricityMwh = v;
    return this;
  }

  LineBuilder heatGj(double v) {
    heatGj = v;
    return this;
  }

  CalcLine build(Column column, String gas, String formula) {
    double mass = 0;
    for (Term t : terms) {
      mass += t.value(factors);
    }
    double gwp = gwpIndex < 0 ? 1.0 : factors.get(gwpIndex).factor().value();
    return new CalcLine(
        row,
        source,
        ctx.siteId(row),
        row.effectiveStage(),
        column,
        gas,
        mass,
        gwpIndex,
        mass * gwp,
        energyGj,
        electricityMwh,
        heatGj,
        formula,
        terms,
        factors);
  }
}
