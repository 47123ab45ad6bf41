package org.minecarbon.core.calc.internal;

import java.util.Optional;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GridResolver;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;

/** Net purchased electricity and heat (indirect CO2, scope 2). */
final class EnergyCalcs {
  private EnergyCalcs() {}

  /** NDRC mining guideline formula 19-02: CO2 = (purchased − exported) × EF_grid. */
  static Optional<CalcLine> electricity(ActivityRow.Electricity r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<Factor> ef =
        r.gridFactor() != null
            ? Optional.of(
                Factor.userOverride("grid", r.gridFactor(), "tCO2/MWh", p + "/gridFactor"))
            : gridFactor(r, ctx);
    if (ef.isEmpty()) {
      return Optional.empty();
    }
    double purchased = r.quantity().in(Units.MWH);
    double exported = r.exported() == null ? 0 : r.exported().in(Units.MWH);
    LineBuilder b = new LineBuilder(r.meta(), "electricity", ctx);
    int i = b.factor("EF", ef.get());
    b.term("purchased", purchased, "MWh", 1, i);
    if (r.exported() != null) {
      b.term("exported", exported, "MWh", -1, i);
    }
    b.electricityMwh(purchased - exported);
    return Optional.of(b.build(Column.ELECTRICITY, "CO2", "CO2 = (purchased − exported) × EF"));
  }

  private static Optional<Factor> gridFactor(ActivityRow.Electricity r, CalcContext ctx) {
    return switch (ctx.grids().choose(r)) {
      case Result.Err<GridResolver.Choice> e -> {
        e.issues().forEach(ctx::add);
        yield Optional.empty();
      }
      case Result.Ok<GridResolver.Choice> ok -> {
        GridResolver.Choice c = ok.value();
        if (c.warning() != null) {
          ctx.add(c.warning());
        }
        yield ctx.factor(c.key(), r.meta().pointer(), "/grid");
      }
    };
  }

  /**
   * NDRC mining guideline formulas 19-03/19-04 and GB/T 32150—2025 7.5.6: CO2 = GJ × EF; steam GJ =
   * m × (En − 83.74)/1000; hot water GJ = m × (T − 20) × 4.1868/1000.
   */
  static Optional<CalcLine> heat(ActivityRow.Heat r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<Factor> ef = ctx.factorOrOverride("heat.ef", r.factor(), "tCO2/GJ", p, "/factor");
    if (ef.isEmpty()) {
      return Optional.empty();
    }
    LineBuilder b = new LineBuilder(r.meta(), "heat", ctx);
    int iEf = b.factor("EF", ef.get());
    double gj;
    String formula;
    if (r.steam() != null) {
      Optional<Factor> ref = ctx.factor("heat.steam.reference-enthalpy", p, "/steam");
      if (ref.isEmpty()) {
        return Optional.empty();
      }
      int iRef = b.factor("En₀", ref.get());
      double m = r.steam().mass();
      b.term("steam × En", m, "t", r.steam().enthalpy() / 1000, iEf);
      b.term("steam × En₀", m, "t", -1.0 / 1000, iRef, iEf);
      gj = m * (r.steam().enthalpy() - ref.get().value()) / 1000;
      formula = "CO2 = Ma × (En − En₀)/1000 × EF";
    } else if (r.hotWater() != null) {
      Optional<Factor> cp = ctx.factor("heat.water.specific-heat", p, "/hotWater");
      Optional<Factor> t0 = ctx.factor("heat.water.reference-temperature", p, "/hotWater");
      if (cp.isEmpty() || t0.isEmpty()) {
        return Optional.empty();
      }
      int iCp = b.factor("c", cp.get());
      int iT0 = b.factor("T₀", t0.get());
      double m = r.hotWater().mass();
      b.term("hot water × T", m, "t", r.hotWater().temperature() / 1000, iCp, iEf);
      b.term("hot water × T₀", m, "t", -1.0 / 1000, iT0, iCp, iEf);
      gj = m * (r.hotWater().temperature() - t0.get().value()) * cp.get().value() / 1000;
      formula = "CO2 = Ma × (T − T₀) × c/1000 × EF";
    } else {
      gj = r.quantity() == null ? 0 : r.quantity().in(Units.GJ);
      b.term("purchased", gj, "GJ", 1, iEf);
      formula = "CO2 = (purchased − exported) × EF";
    }
    if (r.exported() != null) {
      double exp = r.exported().in(Units.GJ);
      b.term("exported", exp, "GJ", -1, iEf);
      gj -= exp;
    }
    b.heatGj(gj);
    return Optional.of(b.build(Column.HEAT, "CO2", formula));
  }
}
