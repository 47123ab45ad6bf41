package org.minecarbon.lca.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowProperty;
import org.minecarbon.lca.model.FlowPropertyFactor;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.ProcessType;
import org.minecarbon.lca.model.Uncertainty;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;

class MonteCarloTest {
  private static Library library() {
    List<FlowPropertyFactor> kg = List.of(new FlowPropertyFactor("mass", 1, true));
    Map<String, Flow> flows = new LinkedHashMap<>();
    flows.put("a", new Flow("a", "a", FlowType.PRODUCT_FLOW, "", "", kg));
    flows.put(
        "co2",
        new Flow(
            "co2",
            "Carbon dioxide, fossil",
            FlowType.ELEMENTARY_FLOW,
            "Elementary flows/air",
            "",
            kg));
    // 2 kg CO2 per kg, uniform in [1, 3]: mean 2, sd (3-1)/sqrt(12) = 0.5774
    Exchange ref = new Exchange("1", "a", "kg", "mass", 1, "", false, false, true, "", null);
    Exchange co2 =
        new Exchange(
            "2",
            "co2",
            "kg",
            "mass",
            2,
            "",
            false,
            false,
            false,
            "",
            new Uncertainty.Uniform(1, 3));
    Map<String, Process> ps =
        Map.of(
            "p",
            new Process(
                "p",
                "p",
                ProcessType.UNIT_PROCESS,
                "",
                List.of(ref, co2),
                List.of(),
                AllocationMethod.NONE,
                List.of()));
    return new Library(
        Map.of("g", new UnitGroup("g", "mass", "kg", List.of(new Unit("kg", "kg", 1)))),
        Map.of("mass", new FlowProperty("mass", "Mass", "g")),
        flows,
        ps,
        List.of());
  }

  @Test
  void uniformEmission_meanAndSdMatchTheDistribution_andSeedReproduces() {
    LcaEngine e = LcaEngine.of(library()).orElseThrow();
    Simulation s =
        MonteCarlo.run(e, "p", LinkOptions.defaults(), "ipcc-ar6-gwp100", 4000, 42).orElseThrow();
    // 4000 draws: standard error of the mean 0.577/sqrt(4000) = 0.009 → ±0.04 is > 4 SE
    assertThat(s.mean()).isCloseTo(2, within(0.04));
    assertThat(s.sd()).isCloseTo(2 / Math.sqrt(12), within(0.03));
    assertThat(s.deterministic()).isCloseTo(2, within(1e-12));
    assertThat(s.p025()).isGreaterThanOrEqualTo(1).isLessThan(1.1);
    Simulation again =
        MonteCarlo.run(e, "p", LinkOptions.defaults(), "ipcc-ar6-gwp100", 4000, 42).orElseThrow();
    assertThat(again.values()).isEqualTo(s.values());
  }
}
