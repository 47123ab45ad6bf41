package org.minecarbon.core.calc.internal;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.CodeEntry;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;

/** Coal-mine fugitive emissions of the NDRC coal-production guideline (2014). */
final class MineCalcs {
  private MineCalcs() {}

  /** CH4 (t) = (Q_vent + Q_drain − Q_flared − Q_utilized) × ρ_CH4; CO2e = CH4 × GWP (fossil). */
  static Optional<CalcLine> mineMethane(ActivityRow.MineMethane r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<Factor> rho = ctx.factor("mine.ch4.density", p);
    Optional<Factor> gwp = ctx.gwp("CH4", true, p);
    if (rho.isEmpty() || gwp.isEmpty()) {
      return Optional.empty();
    }
    LineBuilder b = new LineBuilder(r.meta(), "mine-methane", ctx);
    int i = b.factor("ρ_CH4", rho.get());
    volumeTerm(b, "ventilation", r.ventilation(), r.unit(), 1, i);
    volumeTerm(b, "drainage", r.drainage(), r.unit(), 1, i);
    volumeTerm(b, "flared", r.flared(), r.unit(), -1, i);
    volumeTerm(b, "utilized", r.utilized(), r.unit(), -1, i);
    b.gwp(gwp.get());
    return Optional.of(
        b.build(
            Column.FUGITIVE_CH4,
            "CH4",
            "CH4 = (Q_vent + Q_drain − Q_flared − Q_utilized) × ρ_CH4; CO2e = CH4 × GWP"));
  }

  /** CO2 (t) = (Q_vent + Q_drain − Q_recovered) × ρ_CO2. */
  static Optional<CalcLine> mineCo2(ActivityRow.MineCo2 r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<Factor> rho =
        ctx.factorOrOverride("mine.co2.density", r.density(), "t/10^4Nm3", p, "/density");
    if (rho.isEmpty()) {
      return Optional.empty();
    }
    LineBuilder b = new LineBuilder(r.meta(), "mine-co2", ctx);
    int i = b.factor("ρ_CO2", rho.get());
    volumeTerm(b, "ventilation", r.ventilation(), r.unit(), 1, i);
    volumeTerm(b, "drainage", r.drainage(), r.unit(), 1, i);
    volumeTerm(b, "recovered", r.recovered(), r.unit(), -1, i);
    return Optional.of(
        b.build(Column.FUGITIVE_CO2, "CO2", "CO2 = (Q_vent + Q_drain − Q_recovered) × ρ_CO2"));
  }

  private static void volumeTerm(
      LineBuilder b, String label, @Nullable Double v, Unit unit, double sign, int factor) {
    if (v != null) {
      b.term(label, v * unit.factorTo(Units.TEN_K_NM3), "10^4Nm3", sign, factor);
    }
  }

  /** CH4 (t) = raw coal (t) × EF (kg CH4/t) / 1000; EF by mining method and gas grade. */
  static Optional<CalcLine> coalMethane(ActivityRow.CoalMethane r, CalcContext ctx) {
    String p = r.meta().pointer();
    String key = coalMethaneKey(r, ctx);
    if (key == null) {
      return Optional.empty();
    }
    Optional<Factor> ef = ctx.factorOrOverride(key, r.factor(), "kg CH4/t", p, "/factor");
    Optional<Factor> gwp = ctx.gwp("CH4", true, p);
    if (ef.isEmpty() || gwp.isEmpty()) {
      return Optional.empty();
    }
    LineBuilder b = new LineBuilder(r.meta(), r.source().code(), ctx);
    int i = b.factor("EF", ef.get());
    b.term("raw coal", r.quantity().in(Units.T), "t", 1.0 / 1000, i);
    b.gwp(gwp.get());
    return Optional.of(
        b.build(Column.FUGITIVE_CH4, "CH4", "CH4 = output × EF / 1000; CO2e = CH4 × GWP"));
  }

  private static @Nullable String coalMethaneKey(ActivityRow.CoalMethane r, CalcContext ctx) {
    if (r.source() == Source.SURFACE_METHANE) {
      return "mine.surface-mining";
    }
    Site site = ctx.site(r.meta());
    if (site != null && site.mineType() == MineType.SURFACE) {
      return "mine.post-mining.surface";
    }
    GasGrade grade = site == null ? null : site.gasGrade();
    if (grade == null) {
      if (r.factor() != null) {
        return "mine.post-mining";
      }
      ctx.add(
          Issue.error(
              Codes.GAS_GRADE_REQUIRED,
              r.meta().pointer(),
              "post-mining methane of an underground mine needs the site's gasGrade "
                  + "(or a factor on the row)",
              site == null ? "" : site.id(),
              "site gasGrade low, high or outburst"));
      return null;
    }
    return grade == GasGrade.LOW ? "mine.post-mining.low" : "mine.post-mining.high";
  }

  /**
   * CO2 = Q × Σ(12 × CN × V × 10 / 22.4) × OF × 44/12 over carbon-bearing components other than
   * CO2, reported as fugitive CO2. The CO2 already in the gas is the mine-co2 drainage row's; with
   * {@code includeCo2: true} it is added here as Q × V_CO2 × ρ_CO2 (contract revision 1.1).
   */
  static Optional<CalcLine> flare(ActivityRow.Flare r, CalcContext ctx) {
    String p = r.meta().pointer();
    Optional<Factor> of =
        ctx.factorOrOverride("flare.oxidation", r.oxidation(), "fraction", p, "/oxidation");
    Optional<Factor> vm = ctx.factor("flare.molar-volume", p);
    Double co2 = r.countsCo2InGas() ? co2Fraction(r) : null;
    Optional<Factor> rho =
        co2 == null ? Optional.empty() : ctx.factor("mine.co2.density", p, "/includeCo2");
    if (of.isEmpty() || vm.isEmpty() || (co2 != null && rho.isEmpty())) {
      return Optional.empty();
    }
    LineBuilder b = new LineBuilder(r.meta(), "flare", ctx);
    int iOf = b.factor("OF", of.get());
    b.factor("Vm", vm.get());
    double q = r.quantity().in(Units.TEN_K_NM3);
    for (Map.Entry<String, Double> e : r.composition().entrySet()) {
      Optional<CodeEntry> c = Vocabulary.gasComponents().find(e.getKey());
      if (c.isEmpty() || !Boolean.parseBoolean(c.get().attribute("combustible"))) {
        continue; // unknown codes are reported by the validator; inert gases carry no carbon
      }
      int cn = Integer.parseInt(c.get().attribute("carbon"));
      double cc = 12.0 * cn * e.getValue() * 10 / vm.get().value();
      b.term(c.get().code(), q, "10^4Nm3", cc * LineBuilder.C_TO_CO2, iOf);
    }
    String formula = "CO2 = Q × Σ(12 × CN × V × 10 / Vm) × OF × 44/12";
    if (co2 != null) {
      int iRho = b.factor("ρ_CO2", rho.get());
      b.term("CO2 in gas", q, "10^4Nm3", co2, iRho);
      formula += " + Q × V_CO2 × ρ_CO2";
    }
    return Optional.of(b.build(Column.FUGITIVE_CO2, "CO2", formula));
  }

  /** The CO2 volume fraction of the flared gas (0 when not listed). */
  private static double co2Fraction(ActivityRow.Flare r) {
    double v = 0;
    for (Map.Entry<String, Double> e : r.composition().entrySet()) {
      Optional<CodeEntry> c = Vocabulary.gasComponents().find(e.getKey());
      if (c.isPresent() && c.get().code().equals("CO2")) {
        v += e.getValue();
      }
    }
    return v;
  }
}
