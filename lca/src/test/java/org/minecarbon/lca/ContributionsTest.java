package org.minecarbon.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.lca.TinyLibrary.in;
import static org.minecarbon.lca.TinyLibrary.out;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.lca.contribution.Contributions;
import org.minecarbon.lca.contribution.FlowContribution;
import org.minecarbon.lca.contribution.ProcessContribution;
import org.minecarbon.lca.contribution.UpstreamNode;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.FlowType;

/**
 * Contributions and the upstream tree on a two-process loop, every number by hand. pa: 1 kg a out,
 * 0.5 kg b in, 1 kg CO2; pb: 1 kg b out, 0.2 kg a in, 2 kg CO2. A = [[1, −0.2], [−0.5, 1]] (rows a,
 * b), f = (1, 0): s = (1/0.9, 0.5/0.9); h = cᵀB = (1, 2) for CO2; total = 1/0.9 + 1/0.9 = 2/0.9.
 * Intensity u = A⁻ᵀh: u_a − 0.5 u_b = 1, −0.2 u_a + u_b = 2 → u_a = 2/0.9, u_b = 2 + 0.2·2/0.9.
 */
class ContributionsTest {
  private static final double TOL = 1e-12;
  private static final LinkOptions NONE = new LinkOptions(Set.of(), AllocationMethod.NONE);

  private static LcaEngine loop() {
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process(
                "pa",
                out("a", 1, "kg", true),
                in("b", 0.5, "kg"),
                out("co2", 1, "kg", false),
                out("ch4", 0.01, "kg", false))
            .process("pb", out("b", 1, "kg", true), in("a", 0.2, "kg"), out("co2", 2, "kg", false));
    return LcaEngine.of(lib.build()).orElseThrow();
  }

  private static Contributions co2() {
    return loop().contributions("pa", 1, NONE, "co2").orElseThrow();
  }

  @Test
  void byProcess_loop_directIsOwnInterventionsTimesScaling() {
    List<ProcessContribution> byProcess = co2().byProcess();
    // pa: 1 kg CO2 × s_a = 1/0.9; pb: 2 kg × s_b = 2·0.5/0.9 = 1/0.9: half each
    assertThat(byProcess).hasSize(2);
    assertThat(byProcess).allSatisfy(p -> assertThat(p.amount()).isCloseTo(1 / 0.9, within(TOL)));
    assertThat(byProcess).allSatisfy(p -> assertThat(p.share()).isCloseTo(0.5, within(TOL)));
    assertThat(co2().total()).isCloseTo(2 / 0.9, within(TOL));
  }

  @Test
  void intensity_loop_equalsTransposedSolve() {
    double[] u = co2().intensity();
    assertThat(u[0]).isCloseTo(2 / 0.9, within(TOL));
    assertThat(u[1]).isCloseTo(2 + 0.2 * 2 / 0.9, within(TOL));
  }

  @Test
  void tree_loop_totalIsDirectPlusUpstreamOnEveryLevel() {
    UpstreamNode root = co2().tree(0.05, 64, 1000);
    // root: σ = 1, total 2/0.9, direct h_a·1 = 1
    assertThat(root.total()).isCloseTo(2 / 0.9, within(TOL));
    assertThat(root.direct()).isCloseTo(1, within(TOL));
    // pb under pa: σ = 0.5·1/1, amount 0.5, total u_b·0.5, direct 2·0.5 = 1
    UpstreamNode pb = root.children().get(0);
    assertThat(pb.processId()).isEqualTo("pb");
    assertThat(pb.requiredAmount()).isCloseTo(0.5, within(TOL));
    assertThat(pb.total()).isCloseTo((2 + 0.2 * 2 / 0.9) * 0.5, within(TOL));
    assertThat(pb.direct()).isCloseTo(1, within(TOL));
    assertThat(root.direct() + pb.total()).isCloseTo(root.total(), within(TOL));
    // pa again (the loop): σ = 0.2·0.5 = 0.1, total u_a·0.1, direct 0.1
    UpstreamNode pa2 = pb.children().get(0);
    assertThat(pa2.total()).isCloseTo(2 / 0.9 * 0.1, within(TOL));
    assertThat(pa2.direct()).isCloseTo(0.1, within(TOL));
    assertThat(pb.direct() + pa2.total()).isCloseTo(pb.total(), within(TOL));
    // pb at level 4: σ = 0.05, total 0.05·u_b = 0.1222 ≥ 0.05·2.222 = 0.111, shown; pa at level 5:
    // total 0.01·u_a = 0.0222 < 0.111, hidden
    UpstreamNode pb4 = pa2.children().get(0);
    assertThat(pb4.share()).isCloseTo(0.05 * (2 + 0.2 * 2 / 0.9) / (2 / 0.9), within(TOL));
    assertThat(pb4.children()).isEmpty();
    assertThat(pb4.truncated()).isTrue();
  }

  @Test
  void byFlow_gwp_eachFlowTimesItsFactor() {
    Contributions gwp = loop().contributions("pa", 1, NONE, "ipcc-ar6-gwp100").orElseThrow();
    List<FlowContribution> flows = gwp.byFlow();
    // CO2: g = 2/0.9 kg × 1; CH4 fossil: 0.01·s_a = 0.01/0.9 kg × 29.8 (AR6, core's gwp.csv)
    assertThat(flows.get(0).flowId()).isEqualTo("co2");
    assertThat(flows.get(0).amount()).isCloseTo(2 / 0.9, within(TOL));
    assertThat(flows.get(1).amount()).isCloseTo(0.01 / 0.9 * 29.8, within(TOL));
    assertThat(gwp.total()).isCloseTo(2 / 0.9 + 0.01 / 0.9 * 29.8, within(TOL));
    assertThat(flows.get(0).share() + flows.get(1).share()).isCloseTo(1, within(TOL));
  }

  @Test
  void contributions_unknownIndicator_isAnIssue() {
    var r = loop().contributions("pa", 1, NONE, "no-such-thing");
    assertThat(r.isOk()).isFalse();
    assertThat(r.issues().get(0).code()).isEqualTo("UNKNOWN_INDICATOR");
  }

  @Test
  void inventoryAndContributions_singularLoop_areSingularSystemIssuesNotExceptions() {
    // pa: 1 kg a out, 1 kg b in; pb: 1 kg b out, 1 kg a in: A = [[1, −1], [−1, 1]], det = 0
    LcaEngine e =
        LcaEngine.of(
                new TinyLibrary()
                    .flow("a", "a", FlowType.PRODUCT_FLOW, "")
                    .flow("b", "b", FlowType.PRODUCT_FLOW, "")
                    .process(
                        "pa", out("a", 1, "kg", true), in("b", 1, "kg"), out("co2", 1, "kg", false))
                    .process("pb", out("b", 1, "kg", true), in("a", 1, "kg"))
                    .build())
            .orElseThrow();

    var inv = e.inventory("pa", 1, NONE);
    var con = e.contributions("pa", 1, NONE, "co2");

    assertThat(inv.isOk()).isFalse();
    assertThat(inv.issues()).extracting(i -> i.code()).containsExactly("SINGULAR_SYSTEM");
    assertThat(inv.issues().get(0).pointer()).isEqualTo("process");
    assertThat(con.isOk()).isFalse();
    assertThat(con.issues()).extracting(i -> i.code()).containsExactly("SINGULAR_SYSTEM");
  }
}
