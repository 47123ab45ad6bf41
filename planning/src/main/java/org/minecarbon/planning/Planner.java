package org.minecarbon.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.planning.internal.Bounds;
import org.minecarbon.planning.internal.Macc;
import org.minecarbon.planning.internal.Pathway;
import org.minecarbon.planning.model.PlanModel;
import org.minecarbon.planning.model.YearBound;
import org.minecarbon.planning.plan.PlanChecks;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.projection.Projector;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.PlanStatus;
import org.minecarbon.planning.result.ScenarioResult;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.solver.MipSolution;
import org.minecarbon.planning.solver.MipSolver;
import org.minecarbon.planning.solver.SolveStatus;

/**
 * The use case "plan the least-cost pathway" (contract plan v1): validates the plan, projects its
 * baseline through the balance engine, builds and solves the mixed-integer programme, and reports
 * the pathway, MACC, phases, violations and scenarios. An invalid plan yields every issue and no
 * result. Solver failures surface as {@link org.minecarbon.planning.solver.SolverException}.
 */
public final class Planner {
  private final FactorLibrary library;
  private final MipSolver solver;

  public Planner(FactorLibrary library, MipSolver solver) {
    this.library = library;
    this.solver = solver;
  }

  public Result<PlanRun> plan(PlanDocument doc, Duration timeLimit, Map<String, Prices> scenarios) {
    Result<Balance> balance = new BalanceCalculator(library).calculate(doc.inventory());
    if (balance instanceof Result.Err<Balance> err) {
      return Result.err(err.issues().stream().map(Planner::inInventory).toList());
    }
    Balance bal = balance.orElseThrow();
    List<Issue> issues = new ArrayList<>(PlanChecks.check(doc, bal));
    scenarios.forEach(
        (name, prices) ->
            PlanChecks.prices(doc.withPrices(prices)).stream()
                .map(i -> i.at("scenario " + name))
                .forEach(issues::add));
    if (issues.stream().anyMatch(Issue::isError)) {
      return Result.err(issues);
    }
    return new Projector(library).project(doc).map(p -> run(doc, bal, p, timeLimit, scenarios));
  }

  private PlanRun run(
      PlanDocument doc, Balance bal, Projection p, Duration limit, Map<String, Prices> scenarios) {
    List<List<YearBound>> bounds = Bounds.of(doc, bal);
    int neutral = Bounds.neutralYear(doc);
    PlanModel model =
        PlanModel.cost(
            doc,
            p,
            bounds.stream().flatMap(List::stream).toList(),
            neutral < 0 ? -1 : neutral - doc.from());
    MipSolution sol = solver.solve(model.mip(), limit);
    Map<String, Double> production = baseProduction(doc, bal);
    PlanResult result;
    if (sol.hasSolution()) {
      boolean[][] active = active(doc, p, model, sol);
      var years = Pathway.years(doc, p, active, neutral, production);
      double objective = years.stream().mapToDouble(y -> y.cost().discounted()).sum();
      boolean optimal = sol.status() == SolveStatus.OPTIMAL;
      result =
          new PlanResult(
              optimal ? PlanStatus.OPTIMAL : PlanStatus.TIME_LIMIT,
              objective,
              optimal ? null : sol.gap(),
              doc.currency(),
              Pathway.adopted(doc, active),
              years,
              Macc.of(doc, p),
              Macc.phases(doc),
              List.of(),
              null,
              PlanModel.MONEY_SCALE,
              model.objectiveConstant(),
              List.of());
    } else {
      result = infeasible(doc, p, bounds, sol, limit, model.objectiveConstant());
    }
    if (!scenarios.isEmpty()) {
      result = result.withScenarios(scenarios(doc, scenarios, limit));
    }
    return new PlanRun(result, p, model.mip());
  }

  private PlanResult infeasible(
      PlanDocument doc,
      Projection p,
      List<List<YearBound>> bounds,
      MipSolution sol,
      Duration limit,
      double constant) {
    boolean timedOut = sol.status() == SolveStatus.NOT_SOLVED;
    List<Violation> violations = timedOut ? List.of() : violations(doc, p, bounds, limit);
    String message =
        timedOut
            ? "no feasible pathway found within the time limit"
            : violations.isEmpty()
                ? "each target can be met alone, but not all targets together"
                : "some targets cannot be met in some years by any choice of measures";
    return new PlanResult(
        timedOut ? PlanStatus.TIME_LIMIT : PlanStatus.INFEASIBLE,
        null,
        null,
        doc.currency(),
        List.of(),
        List.of(),
        Macc.of(doc, p),
        Macc.phases(doc),
        violations,
        message,
        PlanModel.MONEY_SCALE,
        constant,
        List.of());
  }

  /** Per (target, year): the least excess when that year of that target is the only bound. */
  private List<Violation> violations(
      PlanDocument doc, Projection p, List<List<YearBound>> bounds, Duration limit) {
    List<Violation> out = new ArrayList<>();
    for (List<YearBound> target : bounds) {
      for (YearBound b : target) {
        PlanModel m = PlanModel.excess(doc, p, b);
        MipSolution s = solver.solve(m.mip(), limit);
        double excess = s.hasSolution() ? s.value(m.slackVar()) : Double.NaN;
        if (!(excess <= 1e-6 * Math.max(1, Math.abs(p.emissions(b.k()))))) {
          var t = doc.targets().get(b.target());
          out.add(new Violation(t.pointer(), t.kind(), doc.from() + b.k(), excess));
        }
      }
    }
    return out;
  }

  private List<ScenarioResult> scenarios(
      PlanDocument doc, Map<String, Prices> scenarios, Duration limit) {
    List<ScenarioResult> out = new ArrayList<>();
    for (Map.Entry<String, Prices> e : scenarios.entrySet()) {
      Result<PlanRun> r = plan(doc.withPrices(e.getValue()), limit, Map.of());
      PlanResult pr = r.orElseThrow().result();
      out.add(new ScenarioResult(e.getKey(), pr.status(), pr.objective(), pr.adopted()));
    }
    return out;
  }

  private static boolean[][] active(
      PlanDocument doc, Projection p, PlanModel model, MipSolution sol) {
    boolean[][] active = new boolean[doc.measures().size()][p.years()];
    for (int m = 0; m < active.length; m++) {
      for (int k = 0; k < p.years(); k++) {
        active[m][k] = sol.value(model.active(m, k)) > 0.5;
      }
    }
    return active;
  }

  private static Map<String, Double> baseProduction(PlanDocument doc, Balance bal) {
    Map<String, Double> out = new LinkedHashMap<>();
    bal.year(doc.baseYear())
        .ifPresent(
            y ->
                y.production()
                    .forEach(
                        (k, v) -> {
                          if (v > 0) {
                            out.put(k, v);
                          }
                        }));
    return out;
  }

  private static Issue inInventory(Issue i) {
    return new Issue(
        i.code(),
        i.severity(),
        i.message(),
        i.pointer().isEmpty() ? "/inventory" : "/inventory" + i.pointer(),
        i.value(),
        i.expected(),
        i.location());
  }
}
