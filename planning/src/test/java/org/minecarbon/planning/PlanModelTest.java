package org.minecarbon.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.planning.model.Mip;
import org.minecarbon.planning.model.PlanModel;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.projection.Projector;

/** The formulation: the yearly budget is a knapsack on the adoption binaries x[m,k] alone. */
class PlanModelTest {
  private static Mip mip() {
    PlanDocument doc =
        Plans.plan(
            Plans.inventory(1000, 0),
            2025,
            2027,
            0,
            Plans.allowance(5),
            Plans.flat(2025, 3e6),
            List.of(),
            List.of(
                Plans.measure("a", 2e6, 5, 0, Plans.reduceDiesel(0.1)),
                Plans.measure("b", 2.5e6, 5, 0, Plans.reduceDiesel(0.2))));
    Projection p = new Projector(FactorLibrary.builtIn()).project(doc).orElseThrow();
    return PlanModel.cost(doc, p, List.of(), -1).mip();
  }

  private static Mip.Row row(Mip mip, String name) {
    return mip.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void budget_yearly_knapsackOnAdoptionBinariesInMcny() {
    // budget_2026: 2 x_a + 2.5 x_b ≤ 3 (MCNY), only adoption binaries, all coefficients positive.
    Mip mip = mip();
    Mip.Row row = row(mip, "budget_2026");
    assertThat(row.ub()).isCloseTo(3, within(1e-12));
    assertThat(row.coef()).containsExactly(2, 2.5);
    for (int v : row.idx()) {
      assertThat(mip.vars().get(v).name()).startsWith("x_");
      assertThat(mip.vars().get(v).integer()).isTrue();
    }
  }

  @Test
  void adoption_linksActiveYears_xEqualsStepOfY() {
    // adopt_0_1: x[0,2026] − y[0,2026] + y[0,2025] = 0, so y is monotone since x ≥ 0.
    Mip mip = mip();
    Mip.Row row = row(mip, "adopt_0_1");
    assertThat(row.lb()).isZero();
    assertThat(row.ub()).isZero();
    assertThat(java.util.Arrays.stream(row.idx()).mapToObj(i -> mip.vars().get(i).name()))
        .containsExactly("x_0_2026", "y_0_2026", "y_0_2025");
    assertThat(row.coef()).containsExactly(1, -1, 1);
  }
}
