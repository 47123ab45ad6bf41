package org.minecarbon.lca.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.uncertainty.Simulation;

/**
 * The footprint band by hand. Rows: r1 mining, 1 direct + 10 upstream from pa; r2 processing, 8
 * upstream from pa; r3 mining, 5 direct. byStage mining 16, processing 8, total 24. pa's five draws
 * 1..5 around its deterministic 2 → ratios 0.5, 1, 1.5, 2, 2.5. Mining draws 16 + 10 (ratio − 1) =
 * 11, 16, 21, 26, 31; processing 8 × ratio = 4, 8, 12, 16, 20; total 24 + 18 (ratio − 1) = 15, 24,
 * 33, 42, 51. Type 7 with n = 5: p5 at h = 0.2, p50 at h = 2, p95 at h = 3.8.
 */
class FootprintUncertaintyTest {
  private static final double TOL = 1e-12;
  private static final UpstreamFactor PA = new UpstreamFactor("pa", "pa", "kg", 2, "gwp");

  private static Footprint footprint() {
    List<Contribution> rows =
        List.of(
            new Contribution(
                "r1",
                "/a/0",
                Stage.MINING,
                Map.of(Origin.DIRECT, 1.0, Origin.UPSTREAM, 10.0),
                11,
                PA),
            new Contribution("r2", "/a/1", Stage.PROCESSING, Map.of(Origin.UPSTREAM, 8.0), 8, PA),
            new Contribution("r3", "/a/2", Stage.MINING, Map.of(Origin.DIRECT, 5.0), 5));
    return new Footprint(
        2024,
        "ore",
        100,
        24,
        Map.of("mining", 16.0, "processing", 8.0),
        Map.of(Origin.DIRECT, 6.0, Origin.UPSTREAM, 18.0),
        AllocationMethod.MASS,
        Map.of("ore", 1.0),
        Map.of(),
        rows,
        GwpSet.AR6,
        "cn-2015",
        "gwp",
        List.of());
  }

  private static Result<Simulation> pa(String id) {
    List<Double> draws = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
    return Result.ok(new Simulation(id, "gwp", 5, 7, 2, 3, 1.58, 1.1, 3, 4.9, draws));
  }

  @Test
  void of_fiveDraws_bandsPerStageAndTotalByHand() {
    FootprintUncertainty u =
        FootprintUncertainty.of(footprint(), FootprintUncertaintyTest::pa, 5, 7).orElseThrow();
    // mining 11, 16, 21, 26, 31: p5 = 11 + 0.2 × 5, p50 = 21, p95 = 26 + 0.8 × 5
    assertThat(u.byStage().get("mining").p5()).isCloseTo(12, within(TOL));
    assertThat(u.byStage().get("mining").p50()).isCloseTo(21, within(TOL));
    assertThat(u.byStage().get("mining").p95()).isCloseTo(30, within(TOL));
    // processing 4 … 20: 4 + 0.2 × 4, 12, 16 + 0.8 × 4
    assertThat(u.byStage().get("processing").p5()).isCloseTo(4.8, within(TOL));
    assertThat(u.byStage().get("processing").p95()).isCloseTo(19.2, within(TOL));
    // total 15 … 51: 15 + 0.2 × 9, 33, 42 + 0.8 × 9
    assertThat(u.total().p5()).isCloseTo(16.8, within(TOL));
    assertThat(u.total().p50()).isCloseTo(33, within(TOL));
    assertThat(u.total().p95()).isCloseTo(49.2, within(TOL));
  }

  @Test
  void of_failingSimulation_listsItsIssues() {
    Result<FootprintUncertainty> r =
        FootprintUncertainty.of(
            footprint(), id -> Result.err(Issue.error("SINGULAR_SYSTEM", "process", "x")), 5, 7);
    assertThat(r.errors()).extracting(Issue::code).containsExactly("SINGULAR_SYSTEM");
  }

  @Test
  void of_zeroIterations_isInvalid() {
    assertThat(FootprintUncertainty.of(footprint(), FootprintUncertaintyTest::pa, 0, 7).errors())
        .isNotEmpty();
  }
}
