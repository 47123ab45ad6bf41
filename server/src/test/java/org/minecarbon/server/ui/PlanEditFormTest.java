package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

class PlanEditFormTest {
  private static final JsonNode DOC =
      JsonCodec.mapper()
          .readTree(
              """
              {"name":"A","baseYear":2024,"horizon":{"from":2025,"to":2060},
               "prices":{"allowance":[{"year":2025,"value":95}]},
               "measures":[{"id":"hydraulic-drill","name":"液压凿岩","catalogue":"hydraulic-drill",
                 "category":"efficiency","capex":1000000,"opex":0,"lifetime":15,
                 "effects":[{"kind":"reduce","select":{"source":"fuel"},"fraction":0.3}]}]}
              """);

  @Test
  void measures_catalogueFraction_shownBesideAndUserValueMarkedOnlyWhenDifferent() {
    var m = PlanEditForm.measures(DOC).get(0);
    var f = m.numbers().get(0);
    // seed 003: hydraulic drills −30 % → the catalogue's 0.30; the plan keeps 0.3 → not the user's
    assertThat(f.catalogueValue()).isEqualTo("0.3");
    assertThat(f.user()).isFalse();
    assertThat(m.capexWan()).isEqualTo("100"); // 1,000,000 CNY / 10^4
    assertThat(m.source()).contains("003");
  }

  @Test
  void apply_numbersCustomRowAndScenarioPaths_intoTheNextDocument() {
    Map<String, String> p = new HashMap<>();
    p.put("m.0.e0.fraction", "0.25");
    p.put("m.0.capex", "120");
    p.put("c.0.name", "风机变频");
    p.put("c.0.path", "碳减排");
    p.put("c.0.kind", "reduce");
    p.put("c.0.source", "electricity");
    p.put("c.0.value", "0.05");
    p.put("c.0.capex", "30");
    p.put("c.0.opex", "0");
    p.put("c.0.lifetime", "10");
    p.put("c.0.citation", "厂家报价 2026");
    p.put("s.central.grid", "2030: 0.45, 2060: 0.05");
    p.put("s.low.allowanceFrom", "50");
    p.put("s.low.grid", "");
    p.put("s.low.prod", "2030: 1.1; 2045：0.6");
    List<Issue> issues = new ArrayList<>();

    var out = PlanEditForm.apply(DOC, p, issues).document();

    assertThat(issues).isEmpty();
    assertThat(out.at("/measures/0/effects/0/fraction").asDouble()).isEqualTo(0.25);
    assertThat(out.at("/measures/0/capex").asDouble()).isEqualTo(1_200_000); // 120 万元
    assertThat(out.at("/measures/1/id").asString()).isEqualTo("own-1");
    assertThat(out.at("/measures/1/path").asString()).isEqualTo("碳减排");
    assertThat(out.at("/projection/gridFactor/1/year").asInt()).isEqualTo(2060);
    assertThat(out.at("/projection/gridFactor/1/value").asDouble()).isEqualTo(0.05);
    assertThat(out.at("/scenarios/0/name").asString()).isEqualTo("low");
    // one price given: first and last plan year both 50 (flat)
    assertThat(out.at("/scenarios/0/prices/allowance/1/year").asInt()).isEqualTo(2060);
    assertThat(out.at("/scenarios/0/prices/allowance/1/value").asDouble()).isEqualTo(50);
    assertThat(out.at("/scenarios/0/projection/production/1/index").asDouble()).isEqualTo(0.6);
    assertThat(DOC.at("/measures/0/capex").asDouble()).isEqualTo(1_000_000); // copy, not changed
  }

  @Test
  void apply_badPathAndBadCustomRow_everyProblemListed() {
    Map<String, String> p = new HashMap<>();
    p.put("s.central.prod", "2030 1.1, x: 2");
    p.put("c.1.name", "x");
    List<Issue> issues = new ArrayList<>();

    PlanEditForm.apply(DOC, p, issues);

    // two bad pairs of the path; the custom row (measure 1) lacks path, kind, capex,
    // opex, lifetime and citation (value is not checked without a kind): 6 problems
    assertThat(issues)
        .extracting(Issue::pointer)
        .filteredOn("/projection/production"::equals)
        .hasSize(2);
    assertThat(issues)
        .extracting(Issue::pointer)
        .filteredOn(s -> s.startsWith("/measures/1/"))
        .hasSize(6);
  }
}
