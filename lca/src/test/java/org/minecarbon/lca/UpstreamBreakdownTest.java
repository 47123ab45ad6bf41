package org.minecarbon.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.lca.TinyLibrary.in;
import static org.minecarbon.lca.TinyLibrary.out;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.AllocationMethod;
import org.minecarbon.lca.footprint.Contribution;
import org.minecarbon.lca.footprint.Footprint;
import org.minecarbon.lca.footprint.Origin;
import org.minecarbon.lca.footprint.UpstreamBreakdown;
import org.minecarbon.lca.footprint.UpstreamFactor;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.FlowType;

/**
 * The footprint's upstream rows opened into the background, by hand on ContributionsTest's loop
 * (pa: 1 kg a, needs 0.5 kg b, emits 1 kg CO2; pb: 1 kg b, needs 0.2 kg a, emits 2 kg CO2): one kg
 * of a has total 2/0.9 kg CO2, pa direct 1/0.9 and pb direct 1/0.9. Row r1 has an upstream part of
 * 10 kg/t from pa → k = 10 ÷ (2/0.9) = 4.5, so pa and pb contribute 4.5/0.9 = 5 kg/t each; row r2
 * has 8 kg/t → k = 3.6, 4 kg/t each. Summed: pa 9, pb 9, CO2 18.
 */
class UpstreamBreakdownTest {
  private static final double TOL = 1e-12;
  private static final LinkOptions NONE =
      new LinkOptions(Set.of(), org.minecarbon.lca.model.AllocationMethod.NONE);

  private static LcaEngine loop() {
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process("pa", out("a", 1, "kg", true), in("b", 0.5, "kg"), out("co2", 1, "kg", false))
            .process("pb", out("b", 1, "kg", true), in("a", 0.2, "kg"), out("co2", 2, "kg", false));
    return LcaEngine.of(lib.build()).orElseThrow();
  }

  private static Contribution row(String id, double upstream, double direct) {
    UpstreamFactor pa = new UpstreamFactor("pa", "pa", "kg", 2 / 0.9, "co2");
    return new Contribution(
        id,
        "/activities/" + id,
        Stage.MINING,
        Map.of(Origin.UPSTREAM, upstream, Origin.DIRECT, direct),
        upstream + direct,
        pa);
  }

  private static Footprint footprint() {
    List<Contribution> rows =
        List.of(
            row("r1", 10, 1),
            row("r2", 8, 0),
            new Contribution("r3", "/activities/2", Stage.MINING, Map.of(Origin.DIRECT, 5.0), 5));
    return new Footprint(
        2024,
        "ore",
        100,
        24,
        Map.of("mining", 24.0),
        Map.of(Origin.DIRECT, 6.0, Origin.UPSTREAM, 18.0),
        AllocationMethod.MASS,
        Map.of("ore", 1.0),
        Map.of(),
        rows,
        GwpSet.AR6,
        "cn-2015",
        "co2",
        List.of());
  }

  private static UpstreamBreakdown breakdown() {
    LcaEngine e = loop();
    return UpstreamBreakdown.of(
            footprint(),
            id -> e.contributions(id, 1, NONE, "co2"),
            new UpstreamBreakdown.Limits(0.01, 8, 100))
        .orElseThrow();
  }

  @Test
  void of_twoRowsOfOneProcess_sumsScaledDirectContributions() {
    UpstreamBreakdown b = breakdown();
    assertThat(b.processes()).extracting(UpstreamBreakdown.Part::name).containsOnly("pa", "pb");
    assertThat(b.processes()).allSatisfy(p -> assertThat(p.kgCo2ePerT()).isCloseTo(9, within(TOL)));
    assertThat(b.flows()).hasSize(1);
    assertThat(b.flows().getFirst().kgCo2ePerT()).isCloseTo(18, within(TOL));
  }

  @Test
  void of_rowTrees_scaleToTheRowsUpstreamPart() {
    UpstreamBreakdown b = breakdown();
    assertThat(b.trees()).extracting(UpstreamBreakdown.RowTree::row).containsExactly("r1", "r2");
    UpstreamBreakdown.RowTree r1 = b.trees().getFirst();
    assertThat(r1.scale()).isCloseTo(4.5, within(TOL));
    assertThat(r1.scale() * r1.tree().total()).isCloseTo(10, within(TOL));
    assertThat(r1.tree().processName()).isEqualTo("pa");
  }

  @Test
  void of_unknownProcess_isAnError() {
    Result<UpstreamBreakdown> r =
        UpstreamBreakdown.of(
            footprint(),
            id -> loop().contributions("nope", 1, NONE, "co2"),
            new UpstreamBreakdown.Limits(0.01, 8, 100));
    assertThat(r.errors()).isNotEmpty();
  }
}
