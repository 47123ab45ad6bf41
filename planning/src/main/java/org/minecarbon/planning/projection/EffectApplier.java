package org.minecarbon.planning.projection;

import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanCodes;
import org.minecarbon.planning.plan.PlanDocument;

/**
 * Turns a measure's effects into its {@link Impact} (contract §1.3), each effect additive on the
 * scaled baseline. Rows an effect adds (a substitution's fuel, an {@code add} row) go through the
 * same {@link Calculator}. The fraction sums per row and component go to {@link FractionCheck}.
 */
final class EffectApplier {
  private static final int ELEC = Column.EMISSIONS.indexOf(Column.ELECTRICITY);
  private static final int FUEL = Column.EMISSIONS.indexOf(Column.FUEL);
  private static final int CH4 = Column.EMISSIONS.indexOf(Column.FUGITIVE_CH4);
  private static final int CO2 = Column.EMISSIONS.indexOf(Column.FUGITIVE_CO2);

  /** CO2 of burnt CH4: 44/16 × 0.98 (contract §1.3). */
  static final double CH4_TO_CO2 = 44.0 / 16.0 * 0.98;

  private final PlanDocument doc;
  private final FactorLibrary library;
  private final Inventory base;
  private final Projection.Builder b;
  private final Grid grid;
  private final List<BaseLine> lines;
  private final List<Issue> issues;
  private final FractionCheck fractions = new FractionCheck();

  private @Nullable Measure measure;
  private Impact impact;

  EffectApplier(
      PlanDocument doc,
      FactorLibrary library,
      Inventory base,
      Projection.Builder b,
      Grid grid,
      List<BaseLine> lines,
      List<Issue> issues) {
    this.doc = doc;
    this.library = library;
    this.base = base;
    this.b = b;
    this.grid = grid;
    this.lines = lines;
    this.issues = issues;
    this.impact = new Impact(0, 0, 0);
  }

  Impact apply(Measure m) {
    measure = m;
    impact = new Impact(doc.years(), b.sites.size(), m.yearlyCost(doc.discountRate()));
    for (Effect e : m.effects()) {
      switch (e) {
        case Effect.Reduce r -> matched(r.select(), r.pointer()).forEach(l -> reduce(l, r));
        case Effect.Substitute s -> matched(s.select(), s.pointer()).forEach(l -> substitute(l, s));
        case Effect.Methane me -> matched(me.select(), me.pointer()).forEach(l -> methane(l, me));
        case Effect.Generate g -> generate(g);
        case Effect.Add a -> add(a);
        case Effect.Sink s -> {
          for (int k = 0; k < doc.years(); k++) {
            impact.removals[k] += s.quantity();
          }
        }
      }
    }
    return impact;
  }

  private List<BaseLine> matched(org.minecarbon.planning.plan.Select sel, String pointer) {
    List<BaseLine> out =
        lines.stream().filter(l -> sel.matches(l.row(), l.site(), l.stage())).toList();
    if (out.isEmpty()) {
      issues.add(
          Issue.warning(
              PlanCodes.SELECT_MATCHES_NOTHING, pointer + "/select", "matches no baseline row"));
    }
    return out;
  }

  private void reduce(BaseLine l, Effect.Reduce r) {
    hit(l, r.fraction(), r.pointer(), true, true);
    remove(l, r.fraction());
  }

  /** Removes fraction f of a row's reducible quantities in every year. */
  private void remove(BaseLine l, double f) {
    int s = b.sites.indexOf(l.site());
    for (int k = 0; k < doc.years(); k++) {
      double q = f * b.index[k];
      if (l.isElectricity()) {
        impact.columns[k][ELEC] -= q * l.purchased() * grid.rowFactor(l.ef(), doc.from() + k);
        impact.net[s][k] -= q * l.purchased();
      } else {
        impact.columns[k][l.column()] -= q * l.reducible();
      }
      if (l.fuelCode() != null) {
        impact.fuelCost[k] -= q * l.fc() * doc.prices().fuel(l.fuelCode()).at(doc.from() + k);
      }
    }
  }

  private void substitute(BaseLine l, Effect.Substitute e) {
    String p = e.pointer();
    String unit = l.isElectricity() ? "MWh" : l.fuelCode() != null ? l.fcUnit() : "";
    if (unit.isEmpty()) {
      issues.add(
          Issue.error(
              PlanCodes.SUBSTITUTE_SOURCE,
              p + "/select",
              "substitute applies to fuel and electricity rows only",
              l.row().meta().label(),
              "a fuel or electricity row"));
      return;
    }
    if (!e.to().denominator().equals(unit)) {
      issues.add(
          Issue.error(
              PlanCodes.SUBSTITUTE_UNIT,
              p + "/to/unit",
              "the unit must be per the matched row's unit (" + l.row().meta().label() + ")",
              e.to().unit(),
              "…/" + unit));
      return;
    }
    hit(l, e.fraction(), p, true, true);
    remove(l, e.fraction());
    double perYear = e.fraction() * (l.isElectricity() ? l.purchased() : l.fc()) * e.to().perUnit();
    if (e.to().source().equals("electricity")) {
      addElectricity(b.sites.indexOf(l.site()), perYear, true, p);
    } else {
      addFuel(l, e, perYear);
    }
  }

  private void addFuel(BaseLine l, Effect.Substitute e, double perYear) {
    String fuel = e.to().fuel();
    boolean gas = e.to().numerator().equals("10^4Nm3");
    ActivityRow row =
        new ActivityRow.Fuel(
            meta(e.pointer() + "/to", l.site(), l.line().stage()),
            fuel == null ? "" : fuel,
            new Quantity(1, gas ? Units.TEN_K_NM3 : Units.T),
            null,
            null,
            null);
    CalcLine unitLine = engine(row, e.pointer() + "/to");
    if (unitLine == null) {
      return;
    }
    BaseLine u = BaseLine.of(row, unitLine);
    for (int k = 0; k < doc.years(); k++) {
      double q = perYear * b.index[k];
      impact.columns[k][FUEL] += q * unitLine.co2e();
      impact.fuelCost[k] += q * doc.prices().fuel(u.fuelCode()).at(doc.from() + k);
    }
  }

  private void methane(BaseLine l, Effect.Methane e) {
    if (!l.isMineMethane()) {
      return;
    }
    boolean vent = e.component() != Effect.Component.DRAINAGE;
    boolean drain = e.component() != Effect.Component.VENTILATION;
    hit(l, e.fraction(), e.pointer(), vent, drain);
    double ch4 = (vent ? l.ventCh4() : 0) + (drain ? l.drainCh4() : 0);
    int to = e.use().toFuel() ? FUEL : CO2;
    for (int k = 0; k < doc.years(); k++) {
      double t = e.fraction() * ch4 * b.index[k];
      impact.columns[k][CH4] -= t * l.line().gwp();
      impact.columns[k][to] += t * CH4_TO_CO2;
    }
  }

  private void generate(Effect.Generate g) {
    int s = -1;
    if (g.site() != null) {
      s = b.sites.indexOf(g.site());
      if (s < 0) {
        issues.add(
            Issue.error(
                PlanCodes.UNKNOWN_SITE,
                g.pointer() + "/site",
                "unknown site",
                g.site(),
                "a site id"));
        return;
      }
    } else {
      for (int i = 0; i < b.sites.size() && s < 0; i++) {
        s = grid.hasElectricity(i) ? i : -1;
      }
      if (s < 0) {
        issues.add(
            Issue.error(
                PlanCodes.NO_ELECTRICITY_SITE,
                g.pointer(),
                "no site has electricity rows; give the site"));
        return;
      }
    }
    addElectricity(s, -g.quantity(), false, g.pointer());
  }

  /** Adds MWh/yr at site s (scaled by production or not) at the site's grid factor. */
  private void addElectricity(int s, double mwh, boolean scaled, String pointer) {
    if (grid.distinctFactors(s) > 1) {
      issues.add(
          Issue.error(
              PlanCodes.GRID_FACTOR_AMBIGUOUS,
              pointer,
              "site " + b.sites.get(s) + " has base-year electricity rows with different factors"));
      return;
    }
    for (int k = 0; k < doc.years(); k++) {
      OptionalDouble ef = grid.siteFactor(s, doc.from() + k);
      if (ef.isEmpty()) {
        issues.add(
            Issue.error(
                PlanCodes.NO_GRID_FACTOR,
                pointer,
                "site " + b.sites.get(s) + " has no base-year electricity and no gridFactor path"));
        return;
      }
      double q = mwh * (scaled ? b.index[k] : 1);
      impact.net[s][k] += q;
      impact.columns[k][ELEC] += q * ef.getAsDouble();
    }
  }

  private void add(Effect.Add a) {
    CalcLine line = engine(a.row(), a.pointer() + "/row");
    if (line == null) {
      return;
    }
    BaseLine l = BaseLine.of(a.row(), line);
    if (l.isElectricity()) {
      addElectricity(b.sites.indexOf(line.site()), line.electricityMwh(), false, a.pointer());
      return;
    }
    for (int k = 0; k < doc.years(); k++) {
      impact.columns[k][l.column()] += line.co2e();
      if (l.fuelCode() != null) {
        impact.fuelCost[k] += l.fc() * doc.prices().fuel(l.fuelCode()).at(doc.from() + k);
      }
    }
  }

  /** The engine's line of a row a measure adds; its issues are reported at the effect. */
  private @Nullable CalcLine engine(ActivityRow row, String pointer) {
    Inventory one =
        new Inventory(
            base.enterprise(), base.settings(), base.sites(), List.of(row), List.of(), List.of());
    Result<Calculation> r = new Calculator(library).calculate(one);
    for (Issue i : r.issues()) {
      issues.add(
          new Issue(
              i.code(), i.severity(), i.message(), pointer, i.value(), i.expected(), i.location()));
    }
    return r instanceof Result.Ok<Calculation> ok && !ok.value().lines().isEmpty()
        ? ok.value().lines().get(0)
        : null;
  }

  private RowMeta meta(String pointer, String site, Stage stage) {
    return new RowMeta(null, pointer, Period.ofYear(doc.baseYear()), site, stage, null, null, null);
  }

  private void hit(BaseLine l, double f, String pointer, boolean vent, boolean drain) {
    fractions.hit(java.util.Objects.requireNonNull(measure), l, f, pointer, vent, drain);
  }

  void checkFractions() {
    fractions.check(issues);
  }
}
