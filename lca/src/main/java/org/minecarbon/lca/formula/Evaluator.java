package org.minecarbon.lca.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.Process;

/**
 * Evaluates every exchange and allocation-factor formula in its process scope (process parameters
 * over global ones) and returns the library with the evaluated amounts; every formula that fails is
 * one {@code FORMULA_ERROR} naming its process, exchange and text.
 */
public final class Evaluator {
  private Evaluator() {}

  public static Result<Library> evaluate(Library library) {
    Scope global = Scope.global(library.globalParameters());
    List<Issue> issues = new ArrayList<>();
    Map<String, Process> out = new LinkedHashMap<>();
    for (Process p : library.allProcesses()) {
      out.put(p.id(), evaluate(p, global.child(p.parameters()), issues));
    }
    for (Parameter g : library.globalParameters()) {
      check(global, g, "parameters/" + g.name(), issues);
    }
    Library evaluated = library.withProcesses(out);
    return Result.of(evaluated, issues);
  }

  private static Process evaluate(Process p, Scope scope, List<Issue> issues) {
    for (Parameter param : p.parameters()) {
      check(scope, param, "processes/" + p.id() + "/parameters/" + param.name(), issues);
    }
    List<Exchange> exchanges = new ArrayList<>();
    for (Exchange e : p.exchanges()) {
      double amount = e.amount();
      if (!e.formula().isBlank()) {
        String at = "processes/" + p.id() + "/exchanges/" + e.internalId() + "/amountFormula";
        amount = eval(scope, e.formula(), at, issues, e.amount());
      }
      exchanges.add(e.withAmount(amount));
    }
    List<AllocationFactor> factors = new ArrayList<>();
    for (AllocationFactor af : p.allocationFactors()) {
      double v = af.value();
      if (!af.formula().isBlank()) {
        v = eval(scope, af.formula(), "processes/" + p.id() + "/allocationFactors", issues, v);
      }
      factors.add(
          new AllocationFactor(af.method(), af.productFlowId(), af.exchangeId(), v, af.formula()));
    }
    return new Process(
        p.id(),
        p.name(),
        p.type(),
        p.category(),
        exchanges,
        p.parameters(),
        p.defaultAllocation(),
        factors);
  }

  private static void check(Scope scope, Parameter p, String at, List<Issue> issues) {
    if (p.isCalculated()) {
      try {
        scope.value(p.name());
      } catch (FormulaException e) {
        issues.add(Issue.error("FORMULA_ERROR", at, p.formula() + ": " + e.getMessage()));
      }
    }
  }

  private static double eval(
      Scope scope, String formula, String at, List<Issue> issues, double fallback) {
    try {
      double v = scope.evaluate(formula);
      if (!Double.isFinite(v)) {
        issues.add(Issue.error("FORMULA_NOT_FINITE", at, formula + " evaluates to " + v));
        return fallback;
      }
      return v;
    } catch (FormulaException e) {
      issues.add(Issue.error("FORMULA_ERROR", at, formula + ": " + e.getMessage()));
      return fallback;
    }
  }
}
