package org.minecarbon.core.calc.internal;

import java.util.Optional;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.unit.Units;

/** Sinks of seed 002 eq. (2): carbonation, utilization, storage, vegetation, allowances. */
final class SinkCalcs {
  private SinkCalcs() {}

  /** NDRC mining guideline formula 19-06: R = P × Σ(PUR × EF). */
  static Optional<CalcLine> carbonation(SinkRow.Carbonation r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "carbonation", ctx);
    double p = r.quantity().in(Units.T);
    if (!ProcessCalcs.carbonateTerms(
        b, p, 1.0, r.carbonates(), r.factors(), r.meta().pointer(), ctx)) {
      return Optional.empty();
    }
    return Optional.of(b.build(Column.CARBONATION, "CO2", "R = P × Σ(PUR × EF)"));
  }

  static Optional<CalcLine> utilization(SinkRow.Utilization r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "utilization", ctx);
    b.term("CO2 utilized", r.quantity().inBase(), "t", 1);
    return Optional.of(b.build(Column.UTILIZATION, "CO2", "A = CO2 utilized"));
  }

  /** ISO 27916 / 40 CFR 98.483 mass balance: stored = captured − losses. */
  static Optional<CalcLine> storage(SinkRow.Storage r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "storage", ctx);
    b.term("captured", r.captured().inBase(), "t", 1);
    if (r.losses() != null) {
      b.term("losses", r.losses().inBase(), "t", -1);
    }
    return Optional.of(b.build(Column.STORAGE, "CO2", "A = captured − losses"));
  }

  /** A stock-difference quantity (tCO2), or area (ha) × rate (tCO2/ha/yr). */
  static Optional<CalcLine> vegetation(SinkRow.Vegetation r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "vegetation", ctx);
    if (r.quantity() != null) {
      b.term("stock difference", r.quantity().inBase(), "tCO2", 1);
      return Optional.of(b.build(Column.VEGETATION, "CO2", "A = ΔC stock difference (tCO2)"));
    }
    if (r.area() == null || r.rate() == null) {
      return Optional.empty(); // reported by the validator
    }
    Factor rate =
        Factor.userOverride(
            "vegetation.rate", r.rate(), "tCO2/ha/yr", r.meta().pointer() + "/rate");
    int i = b.factor("rate", rate);
    b.term(r.landType() == null ? "area" : r.landType(), r.area().in(Units.HA), "ha", 1, i);
    return Optional.of(b.build(Column.VEGETATION, "CO2", "A = area × rate"));
  }

  /** A market instrument (CEA, CCER), shown apart from physical removals. */
  static Optional<CalcLine> allowance(SinkRow.Allowance r, CalcContext ctx) {
    LineBuilder b = new LineBuilder(r.meta(), "allowance", ctx);
    b.term(r.instrument().code(), r.quantity().inBase(), "tCO2e", 1);
    return Optional.of(b.build(Column.ALLOWANCE, "CO2", "A = allowances purchased"));
  }
}
