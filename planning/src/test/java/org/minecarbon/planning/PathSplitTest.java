package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.planning.plan.Category;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.YearPath;
import org.minecarbon.planning.result.Contribution;
import org.minecarbon.planning.result.PathShare;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.SeedPath;
import org.minecarbon.planning.result.YearResult;

/**
 * The per-year split by seed-004 path. Baseline (Plans.inventory(1000, 1000)): 1000 t diesel at 1.1
 * tCO2/t = 1100 t, 1000 MWh at 0.5 tCO2/MWh = 500 t, E = 1600 t every year (index 1), no removals.
 * Four measures, each with opex −1/yr and no capex (so each pays for itself and is active from 2025
 * on, the only optimum): D (efficiency) reduces diesel by 0.3, F (methane category, also 碳减排)
 * reduces the same diesel row by 0.1, G (clean energy) generates 400 MWh on the site, S
 * (restoration) is a 100 t/yr sink.
 */
class PathSplitTest {
  private static Measure measure(String id, Category c, Effect e) {
    return new Measure(id, null, c, 0, 1, -1, null, null, List.of(), List.of(e), "/measures/" + id);
  }

  private static PlanResult solve() {
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 1000),
            2025,
            2027,
            0,
            Plans.allowance(5),
            YearPath.EMPTY,
            List.of(),
            List.of(
                measure("D", Category.EFFICIENCY, Plans.reduceDiesel(0.3)),
                measure("F", Category.METHANE, Plans.reduceDiesel(0.1)),
                measure("G", Category.CLEAN_ENERGY, new Effect.Generate(400, null, "/g")),
                measure("S", Category.RESTORATION, Plans.sink(100))));
    return PlannerGoldenTest.solve(doc);
  }

  @Test
  void paths_fourMeasures_handDerivedSplitPerPath() {
    // Effects act additively on the scaled baseline (contract §1.3), so the two cuts of the diesel
    // row do not interact: D = 0.3 × 1100 = 330 t, F = 0.1 × 1100 = 110 t, both 碳减排 → 440 t;
    // G = 400 MWh × 0.5 = 200 t 碳替代; S = 100 t of removals 碳循环; 碳封存 and other 0.
    YearResult y = solve().years().get(0);
    assertThat(y.contributions())
        .extracting(Contribution::measure)
        .containsExactly("D", "F", "G", "S");
    List<PathShare> paths = y.paths();
    assertThat(paths).extracting(PathShare::path).containsExactly(SeedPath.values());
    assertThat(paths.get(0).reduction()).isCloseTo(440, within(1e-9));
    assertThat(paths.get(1).reduction()).isCloseTo(200, within(1e-9));
    assertThat(paths.get(2).reduction()).isZero();
    assertThat(paths.get(3).reduction()).isZero();
    assertThat(paths.get(3).removals()).isCloseTo(100, within(1e-9));
    // E = 1600 − 440 − 200 = 960, R = 100.
    assertThat(y.total()).isCloseTo(960, within(1e-9));
    assertThat(y.removals()).isCloseTo(100, within(1e-9));
  }

  @Test
  void paths_everyYear_sumToTheYearsChangeWithin1e9() {
    // Σ path reductions = baseline E (1600) − E(t); Σ path removals = R(t) − baseline R (0).
    for (YearResult y : solve().years()) {
      double cut = y.paths().stream().mapToDouble(PathShare::reduction).sum();
      double removed = y.paths().stream().mapToDouble(PathShare::removals).sum();
      assertThat(cut).isCloseTo(1600 - y.total(), within(1e-9));
      assertThat(removed).isCloseTo(y.removals(), within(1e-9));
    }
  }
}
