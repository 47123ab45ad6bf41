package org.minecarbon.core.calc.internal;

import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.unit.Dimension;
import org.minecarbon.core.unit.Units;

/** Fuel combustion, carbonate decomposition and mass balance (CO2). */
final class ProcessCalcs {
  /** Coal-mine gas: its NCV default is per 10^4 Nm3 of CH4, scaled by the row's {@code ch4}. */
  static final String CMM = "cmm";

  private ProcessCalcs() {}

  /** NDRC mining guideline formula 19-01: CO2 = FC × NCV × CC × OF × 44/12. */
  static Optional<CalcLine> fuel(ActivityRow.Fuel r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<CodeEntry> fuel = Vocabulary.fuels().find(r.fuel());
    if (fuel.isEmpty()) {
      return Optional.empty(); // reported by the validator
    }
    String code = fuel.get().code();
    boolean gas = r.quantity().unit().dimension() == Dimension.GAS_VOLUME;
    String ncvUnit = gas ? "GJ/10^4Nm3" : "GJ/t";
    String[] keys = ctx.fuelKeys(code);
    boolean byCh4 = CMM.equals(code) && r.ch4() != null && r.ncv() == null;
    Optional<Factor> ncv =
        byCh4
            ? ctx.factor(keys[0], p, "/ch4") // cmm: NCV of pure CH4, × the row's CH4 fraction
            : ctx.factorOrOverride(keys[0], r.ncv(), ncvUnit, p, "/ncv");
    Optional<Factor> cc =
        ctx.factorOrOverride(keys[1], r.carbonContent(), "tC/GJ", p, "/carbonContent");
    Optional<Factor> of = ctx.factorOrOverride(keys[2], r.oxidation(), "fraction", p, "/oxidation");
    if (ncv.isEmpty() || cc.isEmpty() || of.isEmpty()) {
      return Optional.empty();
    }
    double fc = gas ? r.quantity().in(Units.TEN_K_NM3) : r.quantity().in(Units.T);
    if (byCh4) {
      fc *= r.ch4(); // 10^4 Nm3 of mine gas × V_CH4 = 10^4 Nm3 of CH4 (NCV per pure CH4)
    }
    LineBuilder b = new LineBuilder(r.meta(), "fuel", ctx);
    int iNcv = b.factor("NCV", ncv.get());
    int iCc = b.factor("CC", cc.get());
    int iOf = b.factor("OF", of.get());
    String label = byCh4 ? code + " (CH4 share)" : code;
    b.term(label, fc, gas ? "10^4Nm3" : "t", LineBuilder.C_TO_CO2, iNcv, iCc, iOf);
    b.energyGj(fc * ncv.get().value());
    return Optional.of(b.build(Column.FUEL, "CO2", "CO2 = FC × NCV × CC × OF × 44/12"));
  }

  /** NDRC mining guideline formula 19-05: CO2 = AD × n × Σ(PUR_i × EF_i). */
  static Optional<CalcLine> carbonate(ActivityRow.Carbonate r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "carbonate", ctx);
    double ad = r.quantity().in(Units.T);
    double n = r.decomposition() == null ? 1.0 : r.decomposition();
    if (!carbonateTerms(b, ad, n, r.carbonates(), r.factors(), r.meta().pointer(), ctx)) {
      return Optional.empty();
    }
    return Optional.of(b.build(Column.CARBONATE, "CO2", "CO2 = AD × n × Σ(PUR × EF)"));
  }

  /** One term per carbonate: AD × (n × PUR) × EF. Shared with the carbonation sink. */
  static boolean carbonateTerms(
      LineBuilder b,
      double mass,
      double n,
      Map<String, Double> fractions,
      Map<String, Double> overrides,
      String pointer,
      CalcContext ctx) {
    boolean ok = true;
    for (Map.Entry<String, Double> e : fractions.entrySet()) {
      Optional<CodeEntry> carbonate = Vocabulary.carbonates().find(e.getKey());
      if (carbonate.isEmpty()) {
        ok = false; // reported by the validator
        continue;
      }
      String code = carbonate.get().code();
      Double override = overrides.get(e.getKey());
      if (override == null) {
        override = overrides.get(code);
      }
      String[] keys = ctx.carbonateKeys(code);
      Optional<Factor> ef = ctx.factorOrOverride(keys[0], override, "tCO2/t", pointer, keys[1]);
      if (ef.isEmpty()) {
        ok = false;
        continue;
      }
      int i = b.factor(keys[2], ef.get());
      b.term(code, mass, "t", n * e.getValue(), i);
    }
    return ok;
  }

  /** Seed 002 eq. (6): CO2 = (Σ M_in × C_in − Σ M_out × C_out) × 44/12. */
  static Optional<CalcLine> massBalance(ActivityRow.MassBalance r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "mass-balance", ctx);
    int n = 0;
    for (ActivityRow.CarbonFlow in : r.inputs()) {
      b.term(
          "input " + n++,
          in.quantity().in(Units.T),
          "t",
          in.carbonFraction() * LineBuilder.C_TO_CO2);
    }
    n = 0;
    for (ActivityRow.CarbonFlow out : r.outputs()) {
      b.term(
          "output " + n++,
          out.quantity().in(Units.T),
          "t",
          -out.carbonFraction() * LineBuilder.C_TO_CO2);
    }
    Column column =
        switch (r.category()) {
          case FUEL -> Column.FUEL;
          case CARBONATE -> Column.CARBONATE;
          case FUGITIVE -> Column.FUGITIVE_CO2;
        };
    CalcLine line = b.build(column, "CO2", "CO2 = (Σ M_in × C_in − Σ M_out × C_out) × 44/12");
    if (line.gasMass() < 0) {
      ctx.add(
          org.minecarbon.core.result.Issue.warning(
              org.minecarbon.core.result.Codes.NEGATIVE_QUANTITY,
              r.meta().pointer(),
              "mass balance gives a negative emission (carbon out exceeds carbon in)"));
    }
    return Optional.of(line);
  }
}
