package org.minecarbon.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.lca.TinyLibrary.in;
import static org.minecarbon.lca.TinyLibrary.inFormula;
import static org.minecarbon.lca.TinyLibrary.inFrom;
import static org.minecarbon.lca.TinyLibrary.out;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.ProcessType;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.Inventory;

class LcaEngineTest {
  private static final double TOL = 1e-12;
  private static final LinkOptions NONE = new LinkOptions(Set.of(), AllocationMethod.NONE);

  private static double flow(Inventory inv, String id) {
    return inv.flows().stream()
        .filter(f -> f.id().equals(id))
        .mapToDouble(FlowResult::signed)
        .sum();
  }

  private static Inventory run(TinyLibrary lib, String process, LinkOptions o) {
    return LcaEngine.of(lib.build()).orElseThrow().inventory(process, 1, o).orElseThrow();
  }

  @Test
  void unitConversion_tonneAndKwh_convertToReferenceUnits() {
    // steel: 1 kg out, needs 0.002 t iron (= 2 kg) and 1 kWh (= 3.6 MJ); iron emits 1.5 kg CO2/kg,
    // power 0.1 kg CO2/MJ → 2*1.5 + 3.6*0.1 = 3.36 kg CO2
    TinyLibrary lib =
        new TinyLibrary()
            .flow("steel", "steel", FlowType.PRODUCT_FLOW, "")
            .flow("iron", "iron", FlowType.PRODUCT_FLOW, "")
            .energyFlow("power")
            .process(
                "p-steel",
                out("steel", 1, "kg", true),
                in("iron", 0.002, "t"),
                in("power", 1, "kWh"))
            .process("p-iron", out("iron", 1, "kg", true), out("co2", 1.5, "kg", false))
            .process("p-power", out("power", 1, "MJ", true), out("co2", 0.1, "kg", false));
    Inventory inv = run(lib, "p-steel", NONE);
    assertThat(flow(inv, "co2")).isCloseTo(3.36, within(TOL));
    assertThat(inv.processes()).isEqualTo(3);
    assertThat(inv.links()).isEqualTo(2);
  }

  @Test
  void supplyLoop_solvedAsLinearSystem() {
    // a needs 0.5 b, b needs 0.2 a: s_a = 1/(1-0.1) = 1.1111, s_b = 0.5 s_a; a emits 1, b emits 2
    // CO2 = s_a*1 + s_b*2 = 1/0.9 + 1/0.9 = 2.2222
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process("pa", out("a", 1, "kg", true), in("b", 0.5, "kg"), out("co2", 1, "kg", false))
            .process("pb", out("b", 1, "kg", true), in("a", 0.2, "kg"), out("co2", 2, "kg", false));
    assertThat(flow(run(lib, "pa", NONE), "co2")).isCloseTo(2 / 0.9, within(TOL));
  }

  @Test
  void negativeInput_negativeScalingIsLegal() {
    // a "inputs" -0.5 kg of b (a credit): s_b = -0.5, CO2 = 1 + (-0.5)*4 = -1
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process("pa", out("a", 1, "kg", true), in("b", -0.5, "kg"), out("co2", 1, "kg", false))
            .process("pb", out("b", 1, "kg", true), out("co2", 4, "kg", false));
    Inventory inv = run(lib, "pa", NONE);
    assertThat(flow(inv, "co2")).isCloseTo(-1, within(TOL));
    assertThat(inv.scaling().get(1).factor()).isCloseTo(-0.5, within(TOL));
  }

  @Test
  void formulaAmount_evaluatedInProcessScope() {
    // input b = 2*k with k = 0.25 → 0.5 kg of b at 4 kg CO2/kg → 2 kg CO2 (+ 0 direct)
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process(
                "pa",
                "pa",
                ProcessType.UNIT_PROCESS,
                List.of(new Parameter("K", 0.25, "")),
                AllocationMethod.NONE,
                List.of(),
                out("a", 1, "kg", true),
                inFormula("b", "2*k", "kg"))
            .process("pb", out("b", 1, "kg", true), out("co2", 4, "kg", false));
    assertThat(flow(run(lib, "pa", NONE), "co2")).isCloseTo(2, within(TOL));
  }

  @Test
  void physicalAllocation_splitsBurdenAndDropsCoProduct() {
    // m makes 1 kg main + 3 kg side, emits 10 kg CO2; physical factors main 0.25, side 0.75.
    // main: 10*0.25 = 2.5 kg CO2 per 1 kg; with none: 10 kg CO2 and the side product as a flow
    List<AllocationFactor> f =
        List.of(
            new AllocationFactor(AllocationMethod.PHYSICAL, "main", "", 0.25, ""),
            new AllocationFactor(AllocationMethod.PHYSICAL, "side", "", 0.75, ""));
    TinyLibrary lib =
        new TinyLibrary()
            .flow("main", "main", FlowType.PRODUCT_FLOW, "")
            .flow("side", "side", FlowType.PRODUCT_FLOW, "")
            .process(
                "m",
                "m",
                ProcessType.UNIT_PROCESS,
                List.of(),
                AllocationMethod.PHYSICAL,
                f,
                out("main", 1, "kg", true),
                out("side", 3, "kg", false),
                out("co2", 10, "kg", false));
    Inventory byDefault = run(lib, "m", LinkOptions.defaults());
    assertThat(flow(byDefault, "co2")).isCloseTo(2.5, within(TOL));
    assertThat(byDefault.flows()).noneMatch(r -> r.id().equals("side"));
    Inventory none = run(lib, "m", NONE);
    assertThat(flow(none, "co2")).isCloseTo(10, within(TOL));
    assertThat(flow(none, "side")).isCloseTo(3, within(TOL));
  }

  @Test
  void providerChoice_preferThenDefaultThenReferenceThenUnitThenName() {
    // two providers of x: "B-proc" (emits 1) and "A-proc" (emits 2); both have x as reference
    TinyLibrary lib =
        new TinyLibrary()
            .flow("y", "y", FlowType.PRODUCT_FLOW, "")
            .flow("x", "x", FlowType.PRODUCT_FLOW, "")
            .process("c", out("y", 1, "kg", true), in("x", 1, "kg"))
            .process(
                "p1",
                "B-proc",
                ProcessType.UNIT_PROCESS,
                List.of(),
                AllocationMethod.NONE,
                List.of(),
                out("x", 1, "kg", true),
                out("co2", 1, "kg", false))
            .process(
                "p2",
                "A-proc",
                ProcessType.UNIT_PROCESS,
                List.of(),
                AllocationMethod.NONE,
                List.of(),
                out("x", 1, "kg", true),
                out("co2", 2, "kg", false))
            .process(
                "p3",
                "0-result",
                ProcessType.LCI_RESULT,
                List.of(),
                AllocationMethod.NONE,
                List.of(),
                out("x", 1, "kg", true),
                out("co2", 3, "kg", false));
    // smallest name among unit processes: A-proc → 2 (LCI result "0-result" loses to units)
    assertThat(flow(run(lib, "c", NONE), "co2")).isCloseTo(2, within(TOL));
    // --prefer p1 wins over everything → 1
    assertThat(flow(run(lib, "c", new LinkOptions(Set.of("p1"), AllocationMethod.NONE)), "co2"))
        .isCloseTo(1, within(TOL));
    // the exchange's default provider p3 beats the unit-process rule → 3
    lib.process("c", out("y", 1, "kg", true), inFrom("x", 1, "kg", "p3"));
    assertThat(flow(run(lib, "c", NONE), "co2")).isCloseTo(3, within(TOL));
  }

  @Test
  void gwp_ar6_fossilMethaneAndCo2() {
    // 1 kg CO2 fossil + 0.1 kg CH4 fossil: AR6 1 + 0.1*29.8 = 3.98; AR5 1 + 0.1*28 = 3.8
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .process(
                "pa",
                out("a", 1, "kg", true),
                out("co2", 1, "kg", false),
                out("ch4", 0.1, "kg", false));
    LcaEngine e = LcaEngine.of(lib.build()).orElseThrow();
    double ar6 = e.impact("pa", 1, NONE, "ipcc-ar6-gwp100").orElseThrow().impacts().get(0).amount();
    double ar5 = e.impact("pa", 1, NONE, "ipcc-ar5-gwp100").orElseThrow().impacts().get(0).amount();
    assertThat(ar6).isCloseTo(3.98, within(TOL));
    assertThat(ar5).isCloseTo(3.8, within(TOL));
    assertThat(e.impact("pa", 1, NONE, "recipe").isOk()).isFalse();
  }

  @Test
  void unknownProcessOrBadFormula_areIssues() {
    TinyLibrary lib =
        new TinyLibrary()
            .flow("a", "a", FlowType.PRODUCT_FLOW, "")
            .flow("b", "b", FlowType.PRODUCT_FLOW, "")
            .process("pa", out("a", 1, "kg", true), inFormula("b", "nope*2", "kg"))
            .process("pc", out("a", 1, "kg", true), inFormula("b", "1 +", "kg"));
    Result<LcaEngine> r = LcaEngine.of(lib.build());
    assertThat(r.errors()).hasSize(2).allMatch(i -> i.code().equals("FORMULA_ERROR"));
    LcaEngine ok = LcaEngine.of(new TinyLibrary().build()).orElseThrow();
    assertThat(ok.inventory("zz", 1, NONE).errors().get(0).code()).isEqualTo("UNKNOWN_PROCESS");
  }
}
