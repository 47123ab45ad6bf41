package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.planning.internal.Macc;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Target;
import org.minecarbon.planning.plan.YearPath;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.Phase;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.PlanStatus;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.solver.Solvers;

/**
 * A plan solvable by hand. Baseline: 1000 t diesel → E = 1000 × 40 × 0.0075 × 44/12 = 1100 tCO2
 * every year (index 1), no removals. Horizon 2025–2027. Measure A reduces diesel by half (−550
 * t/yr), capex 3000 over 3 years; measure B is a 300 t/yr sink for opex 600/yr. Targets: cap
 * E(2027) ≤ 700 and neutral from 2027 at an allowance price of 5/t.
 */
class PlannerGoldenTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  static PlanDocument golden(double rate) {
    return Plans.plan(
        Plans.inventory(1000, 0),
        2025,
        2027,
        rate,
        Plans.allowance(5),
        YearPath.EMPTY,
        List.of(new Target.Cap(2027, 700, "/targets/0"), new Target.Neutral(2027, "/targets/1")),
        List.of(
            Plans.measure("A", 3000, 3, 0, Plans.reduceDiesel(0.5)),
            Plans.measure("B", 0, 1, 600, Plans.sink(300))));
  }

  static PlanResult solve(PlanDocument doc) {
    return new Planner(LIBRARY, Solvers.scip())
        .plan(doc, Duration.ofSeconds(30), Map.of())
        .orElseThrow()
        .result();
  }

  @Test
  void plan_handSolvable_adoptsBothInLastYearAtHandCost() {
    // Cap: E(2027) ≤ 700 needs A (1100 − 550 = 550); A costs 3000 × CRF(0, 3) = 1000/yr, so it is
    // adopted only in 2027. Neutral 2027: with A alone B = 550 t × 5 = 2750; adding B (600/yr)
    // cuts it to (550 − 300) × 5 = 1250, total 1850 < 2750. Objective (r = 0) = 1000 + 600 + 1250
    // = 2850; 2025 and 2026 cost nothing.
    PlanResult r = solve(golden(0));
    assertThat(r.status()).isEqualTo(PlanStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(2850, within(1e-6));
    assertThat(r.adopted()).containsExactly(new Adoption("A", 2027), new Adoption("B", 2027));
    var y2027 = r.years().get(2);
    assertThat(y2027.total()).isCloseTo(550, within(1e-9));
    assertThat(y2027.removals()).isCloseTo(300, within(1e-9));
    assertThat(y2027.allowances()).isCloseTo(250, within(1e-9));
    assertThat(y2027.net()).isCloseTo(0, within(1e-9));
    assertThat(r.years().get(0).total()).isCloseTo(1100, within(1e-9));
    assertThat(r.years().get(0).intensity().get("raw-coal")).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void plan_discounted_costsCountAtTheirYear() {
    // r = 0.1: CRF(0.1, 3) = 0.1 / (1 − 1.1^−3) = 0.1 / 0.2486852 = 0.4021148; A costs
    // 3000 × 0.4021148 = 1206.344/yr. The 2027 choice is unchanged (A still needed; B saves
    // 1500 for 600), costs 1206.344 + 600 + 1250 = 3056.344, discounted by 1.1^2 = 1.21:
    // 2525.904.
    PlanResult r = solve(golden(0.1));
    assertThat(r.objective()).isCloseTo(3056.3444 / 1.21, within(1e-3));
    double sum = r.years().stream().mapToDouble(y -> y.cost().discounted()).sum();
    assertThat(sum).isCloseTo(r.objective(), within(1e-9));
  }

  @Test
  void crf_sixPercentTenYears_matchesAnnuityFormula() {
    // 1.06^10 = 1.7908477; 1 − 1/1.7908477 = 0.4416052; 0.06 / 0.4416052 = 0.1358680.
    assertThat(Measure.crf(0.06, 10)).isCloseTo(0.1358680, within(1e-7));
    assertThat(Measure.crf(0, 8)).isEqualTo(0.125);
  }

  @Test
  void macc_eachMeasureAlone_sortedByCostPerTonne() {
    // Reference year from + 5 = 2030 clipped to 2027. A: 550 t for 1000 → 1.818/t; B: 300 t for
    // 600 → 2/t.
    List<MaccEntry> macc = solve(golden(0)).macc();
    assertThat(macc).extracting(MaccEntry::measure).containsExactly("A", "B");
    assertThat(macc.get(0).year()).isEqualTo(2027);
    assertThat(macc.get(0).abatement()).isCloseTo(550, within(1e-9));
    assertThat(macc.get(0).costPerTonne()).isCloseTo(1000.0 / 550, within(1e-9));
    assertThat(macc.get(1).costPerTonne()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void phases_peak2030Neutral2060_threeSeed004Phases() {
    // peak = 2025…2030; neutralize = max(2031, 2060 − 9) … 2060 = 2051…2060; optimize between.
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 0),
            2025,
            2060,
            0,
            Plans.allowance(5),
            YearPath.EMPTY,
            List.of(new Target.Peak(2030, "/targets/0"), new Target.Neutral(2060, "/targets/1")),
            List.of());
    assertThat(Macc.phases(doc))
        .containsExactly(
            new Phase("peak", 2025, 2030),
            new Phase("optimize", 2031, 2050),
            new Phase("neutralize", 2051, 2060));
    assertThat(Macc.phases(golden(0))).containsExactly(new Phase("peak", 2025, 2027));
  }

  @Test
  void plan_capBelowReach_reportsLeastExcess() {
    // Cap E(2027) ≤ 400: the best alone is A (550) → excess 150; B adds removals, not E.
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 0),
            2025,
            2027,
            0,
            Plans.allowance(5),
            YearPath.EMPTY,
            List.of(new Target.Cap(2027, 400, "/targets/0")),
            golden(0).measures());
    PlanResult r = solve(doc);
    assertThat(r.status()).isEqualTo(PlanStatus.INFEASIBLE);
    assertThat(r.objective()).isNull();
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.target()).isEqualTo("/targets/0");
    assertThat(v.year()).isEqualTo(2027);
    assertThat(v.shortfall()).isCloseTo(150, within(1e-6));
  }

  @Test
  void plan_budgetBelowCapex_cannotAdopt() {
    // Budget 2000 < capex 3000: A can never be adopted, so the cap of 700 is missed by 400.
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 0),
            2025,
            2027,
            0,
            Plans.allowance(5),
            Plans.flat(2025, 2000),
            List.of(new Target.Cap(2027, 700, "/targets/0")),
            golden(0).measures());
    PlanResult r = solve(doc);
    assertThat(r.status()).isEqualTo(PlanStatus.INFEASIBLE);
    assertThat(r.violations().get(0).shortfall()).isCloseTo(400, within(1e-6));
  }
}
