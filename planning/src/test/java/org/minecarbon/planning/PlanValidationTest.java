package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.planning.plan.Category;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanCodes;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Select;
import org.minecarbon.planning.plan.Target;
import org.minecarbon.planning.plan.YearPath;
import org.minecarbon.planning.solver.Solvers;

class PlanValidationTest {
  private static Measure m(String id, String group, List<String> requires, Effect e) {
    return new Measure(
        id, null, Category.OTHER, 0, 1, 0, null, group, requires, List.of(e), "/measures/" + id);
  }

  private static Result<PlanRun> plan(List<Target> targets, List<Measure> ms) {
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 500),
            2025,
            2027,
            0,
            Plans.allowance(5),
            YearPath.EMPTY,
            targets,
            ms);
    return new Planner(FactorLibrary.builtIn(), Solvers.scip())
        .plan(doc, Duration.ofSeconds(10), Map.of());
  }

  @Test
  void plan_ungroupedFractionsOverOne_invalid() {
    Result<PlanRun> r =
        plan(
            List.of(),
            List.of(
                m("a", null, List.of(), Plans.reduceDiesel(0.6)),
                m("b", null, List.of(), Plans.reduceDiesel(0.6))));
    assertThat(r.errors()).extracting(Issue::code).containsExactly(PlanCodes.FRACTIONS_EXCEED_ONE);
  }

  @Test
  void plan_sameGroupFractionsOverOne_valid() {
    // a and b can never be active together, so 0.6 + 0.6 never hits the row.
    Result<PlanRun> r =
        plan(
            List.of(),
            List.of(
                m("a", "g", List.of(), Plans.reduceDiesel(0.6)),
                m("b", "g", List.of(), Plans.reduceDiesel(0.6))));
    assertThat(r.isOk()).isTrue();
  }

  @Test
  void plan_manySemanticProblems_allListed() {
    Effect nothing =
        new Effect.Reduce(new Select("heat", null, null, null, null), 0.1, "/measures/c/effects/0");
    Result<PlanRun> r =
        plan(
            List.of(
                new Target.Cap(2040, 10, "/targets/0"),
                new Target.Intensity(2026, "gold", 0.3, null, "/targets/1")),
            List.of(
                m("a", null, List.of("b"), Plans.reduceDiesel(0.1)),
                m("b", null, List.of("a"), Plans.reduceDiesel(0.1)),
                m("c", null, List.of("zz"), nothing)));
    assertThat(r.errors())
        .extracting(Issue::code)
        .contains(
            PlanCodes.TARGET_OUTSIDE_HORIZON,
            PlanCodes.UNKNOWN_PRODUCT,
            PlanCodes.REQUIRES_CYCLE,
            PlanCodes.UNKNOWN_MEASURE);
    assertThat(r.errors())
        .extracting(Issue::pointer)
        .contains("/targets/0/year", "/measures/c/requires/0");
  }

  @Test
  void plan_selectMatchingNothing_warns() {
    Effect nothing =
        new Effect.Reduce(new Select("heat", null, null, null, null), 0.1, "/measures/c/effects/0");
    Result<PlanRun> r = plan(List.of(), List.of(m("c", null, List.of(), nothing)));
    assertThat(r.isOk()).isTrue();
    assertThat(r.issues()).extracting(Issue::code).contains(PlanCodes.SELECT_MATCHES_NOTHING);
  }
}
