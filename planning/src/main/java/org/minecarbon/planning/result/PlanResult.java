package org.minecarbon.planning.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan result v1 ({@code "format": "minecarbon/plan-result@1"}).
 *
 * @param objective discounted total cost; null when infeasible
 * @param gap relative gap when stopped by the time limit
 * @param objectiveScale currency per unit of the exported MPS objective
 * @param objectiveConstant currency the MPS objective leaves out
 */
public record PlanResult(
    PlanStatus status,
    @Nullable Double objective,
    @Nullable Double gap,
    String currency,
    List<Adoption> adopted,
    List<YearResult> years,
    List<MaccEntry> macc,
    List<Phase> phases,
    List<Violation> violations,
    @Nullable String message,
    double objectiveScale,
    double objectiveConstant,
    List<ScenarioResult> scenarios) {
  public static final String FORMAT = "minecarbon/plan-result@1";

  public PlanResult {
    adopted = List.copyOf(adopted);
    years = List.copyOf(years);
    macc = List.copyOf(macc);
    phases = List.copyOf(phases);
    violations = List.copyOf(violations);
    scenarios = List.copyOf(scenarios);
  }

  public PlanResult withScenarios(List<ScenarioResult> list) {
    return new PlanResult(
        status,
        objective,
        gap,
        currency,
        adopted,
        years,
        macc,
        phases,
        violations,
        message,
        objectiveScale,
        objectiveConstant,
        list);
  }
}
