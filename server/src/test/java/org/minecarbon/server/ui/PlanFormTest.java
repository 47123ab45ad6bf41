package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PlanFormTest {
  private static CatalogueEntry entry(String id) {
    return MeasureCatalogue.builtIn().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static PlanForm.Pick pick(String id, String value, String second) {
    return new PlanForm.Pick(entry(id), value, second, "100", "-2", "10", "2027");
  }

  @Test
  void measure_substituteTemplate_valueFillsFractionSecondFillsPerUnit() {
    // electric-haulage: "substitute select{source:fuel, fuel:diesel, stage:mining} fraction ?
    // to{source:electricity, perUnit:? , unit:MWh/t}"
    ObjectNode m = PlanForm.measure(pick("electric-haulage", "0.8", "3.9"));

    JsonNode e = m.get("effects").get(0);
    assertThat(e.get("kind").asString()).isEqualTo("substitute");
    assertThat(e.get("fraction").asDouble()).isEqualTo(0.8);
    assertThat(e.get("to").get("perUnit").asDouble()).isEqualTo(3.9);
    assertThat(e.get("to").get("unit").asString()).isEqualTo("MWh/t");
    assertThat(e.get("select").get("fuel").asString()).isEqualTo("diesel");
    // money in 万元 → CNY: 100 万元 = 1,000,000; −2 万元/yr = −20,000
    assertThat(m.get("capex").asDouble()).isEqualTo(1_000_000);
    assertThat(m.get("opex").asDouble()).isEqualTo(-20_000);
    assertThat(m.get("lifetime").asInt()).isEqualTo(10);
    assertThat(m.get("earliestYear").asInt()).isEqualTo(2027);
    assertThat(m.get("catalogue").asString()).isEqualTo("electric-haulage");
  }

  @Test
  void measure_fixedTemplateFraction_keptWhenBlank_replacedWhenGiven() {
    // hydraulic-drill: "reduce select{source:fuel, stage:mining} fraction 0.30" (seed 003)
    assertThat(
            PlanForm.measure(pick("hydraulic-drill", "", ""))
                .get("effects")
                .get(0)
                .get("fraction")
                .asDouble())
        .isEqualTo(0.30);
    assertThat(
            PlanForm.measure(pick("hydraulic-drill", "0.25", ""))
                .get("effects")
                .get(0)
                .get("fraction")
                .asDouble())
        .isEqualTo(0.25);
  }

  @Test
  void preset_isTheTemplatesFraction_notTheSourcesFigure() {
    // the ball mill's source figure is −20 % of grinding; its template applies 0.10 to processing
    assertThat(PlanForm.preset(entry("energy-saving-ball-mill"))).isEqualTo("0.10");
    assertThat(PlanForm.preset(entry("hydraulic-drill"))).isEqualTo("0.30");
    assertThat(PlanForm.preset(entry("onsite-pv"))).isNull();
  }

  @Test
  void measure_twoEffects_methaneAndAddedElectricityRow() {
    // vam-oxidation: "methane … component ventilation fraction ? use oxidation; add
    // row{source:electricity, quantity:?}"
    JsonNode effects = PlanForm.measure(pick("vam-oxidation", "0.6", "3000")).get("effects");

    assertThat(effects).hasSize(2);
    assertThat(effects.get(0).get("component").asString()).isEqualTo("ventilation");
    assertThat(effects.get(0).get("use").asString()).isEqualTo("oxidation");
    assertThat(effects.get(0).get("fraction").asDouble()).isEqualTo(0.6);
    assertThat(effects.get(1).get("kind").asString()).isEqualTo("add");
    assertThat(effects.get(1).get("row").get("quantity").asDouble()).isEqualTo(3000);
    assertThat(effects.get(1).get("row").get("unit").asString()).isEqualTo("MWh");
  }

  @Test
  void measure_missingNumber_staysAQuestionMarkForThePlanChecks() {
    JsonNode sink = PlanForm.measure(pick("revegetation", "", "")).get("effects").get(0);

    assertThat(sink.get("sink").asString()).isEqualTo("vegetation");
    assertThat(sink.get("quantity").asString()).isEqualTo("?");
  }

  @Test
  void byMeasure_groupsParametersAndPicksChecked() {
    Map<String, String> params =
        Map.of("m.onsite-pv.pick", "on", "m.onsite-pv.value", "26000", "m.ccus-us.value", "5");

    var by = PlanForm.byMeasure(params);

    assertThat(by.get("onsite-pv")).containsEntry("value", "26000");
    assertThat(PlanForm.picked(by)).isEqualTo(List.of("onsite-pv"));
  }
}
