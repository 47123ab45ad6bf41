package org.minecarbon.planning.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;

/**
 * Projects a plan's baseline over its horizon through the balance engine (contract §1.2) and turns
 * every measure's effects into per-year linear impacts (§1.3). The base year's activity and sink
 * rows (allowances left out) are calculated once by {@link Calculator} with the document's factor
 * set and GWP set; a plan year's figures are those lines scaled by the production index,
 * electricity rows re-priced at the grid-factor path.
 */
public final class Projector {
  private final FactorLibrary library;

  public Projector(FactorLibrary library) {
    this.library = library;
  }

  public Result<Projection> project(PlanDocument doc) {
    Inventory base = baseInventory(doc);
    Result<Calculation> calc = new Calculator(library).calculate(base);
    if (calc instanceof Result.Err<Calculation> err) {
      return Result.err(err.issues().stream().map(Projector::inInventory).toList());
    }
    Calculation c = calc.orElseThrow();
    Map<String, ActivityRow> byPointer = new HashMap<>();
    base.activities().forEach(r -> byPointer.put(r.meta().pointer(), r));
    List<BaseLine> lines = new ArrayList<>();
    List<CalcLine> sinks = new ArrayList<>();
    for (CalcLine line : c.lines()) {
      ActivityRow row = byPointer.get(line.row().pointer());
      if (row != null && !line.column().isSink()) {
        lines.add(BaseLine.of(row, line));
      } else if (line.column().isRemoval()) {
        sinks.add(line);
      }
    }
    Projection.Builder b = new Projection.Builder();
    b.from = doc.from();
    b.sites = base.sites().stream().map(s -> s.id()).toList();
    Grid grid = new Grid(doc, b.sites, lines);
    fillYears(doc, b);
    baseline(doc, b, grid, lines, sinks);
    List<Issue> issues =
        new ArrayList<>(c.warnings().stream().map(Projector::inInventory).toList());
    EffectApplier effects = new EffectApplier(doc, library, base, b, grid, lines, issues);
    List<Impact> impacts = new ArrayList<>();
    for (Measure m : doc.measures()) {
      impacts.add(effects.apply(m));
    }
    effects.checkFractions();
    b.impacts = impacts;
    return Result.of(new Projection(b), issues);
  }

  /** The base year's activity and sink rows, allowances left out. */
  static Inventory baseInventory(PlanDocument doc) {
    Inventory inv = doc.inventory();
    int y = doc.baseYear();
    List<ActivityRow> acts =
        inv.activities().stream().filter(r -> r.meta().period().year() == y).toList();
    List<SinkRow> sinks =
        inv.sinks().stream()
            .filter(r -> r.meta().period().year() == y && r.sink() != SinkType.ALLOWANCE)
            .toList();
    return new Inventory(
        inv.enterprise(), inv.settings(), inv.sites(), acts, sinks, inv.production());
  }

  /** An inventory issue as a pointer into the plan document ({@code /inventory/...}). */
  static Issue inInventory(Issue i) {
    return new Issue(
        i.code(),
        i.severity(),
        i.message(),
        i.pointer().isEmpty() ? "/inventory" : "/inventory" + i.pointer(),
        i.value(),
        i.expected(),
        i.location());
  }

  private static void fillYears(PlanDocument doc, Projection.Builder b) {
    int n = doc.years();
    b.index = new double[n];
    b.discount = new double[n];
    b.allowancePrice = new double[n];
    b.electricityPrice = new double[n];
    b.exportPrice = new double[n];
    for (int k = 0; k < n; k++) {
      int t = doc.from() + k;
      b.index[k] = doc.index(t);
      b.discount[k] = doc.discount(t);
      b.allowancePrice[k] = doc.prices().allowance().at(t);
      b.electricityPrice[k] = doc.prices().electricity().at(t);
      b.exportPrice[k] = doc.prices().export().at(t);
    }
  }

  private static void baseline(
      PlanDocument doc,
      Projection.Builder b,
      Grid grid,
      List<BaseLine> lines,
      List<CalcLine> sinks) {
    int n = doc.years();
    b.columns = new double[n][Column.EMISSIONS.size()];
    b.removals = new double[n];
    b.fuelCost = new double[n];
    b.net = new double[b.sites.size()][n];
    List<RowTrace> traces = new ArrayList<>();
    for (BaseLine l : lines) {
      double[] per = new double[n];
      int s = b.sites.indexOf(l.site());
      for (int k = 0; k < n; k++) {
        int t = doc.from() + k;
        double q = b.index[k];
        if (l.isElectricity()) {
          double netMwh = l.line().electricityMwh() * q;
          per[k] = netMwh * grid.rowFactor(l.ef(), t);
          b.net[s][k] += netMwh;
        } else {
          per[k] = l.line().co2e() * q;
        }
        if (l.fuelCode() != null) {
          b.fuelCost[k] += l.fc() * q * doc.prices().fuel(l.fuelCode()).at(t);
        }
        b.columns[k][l.column()] += per[k];
      }
      traces.add(trace(l.line(), per));
    }
    for (CalcLine sink : sinks) {
      double[] per = new double[n];
      for (int k = 0; k < n; k++) {
        per[k] = sink.co2e();
        b.removals[k] += per[k];
      }
      traces.add(trace(sink, per));
    }
    b.rows = traces;
  }

  private static RowTrace trace(CalcLine line, double[] perYear) {
    List<String> factors =
        line.factors().stream()
            .map(f -> f.factor().key() + "=" + f.factor().value() + " " + f.factor().unit())
            .toList();
    return new RowTrace(
        line.row().label(),
        line.row().pointer(),
        line.column().code(),
        line.formula(),
        factors,
        perYear);
  }
}
