package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PlanCustomFormTest {
  private static PlanCustomForm.Row row(Map<String, String> fields) {
    return new PlanCustomForm.Row(fields);
  }

  @Test
  void check_everyFieldWrong_listsEveryProblemAtItsField() {
    // name empty, path unknown, fraction 1.5 > 1, no activity chosen, perUnit missing, capex −1,
    // opex text, lifetime 0.5, earliest year text, no citation: ten problems, one per field
    var r =
        row(
            Map.of(
                "name", " ",
                "path", "碳中和",
                "kind", "substitute",
                "value", "1.5",
                "capex", "-1",
                "opex", "abc",
                "lifetime", "0.5",
                "earliest", "next year"));

    var issues = PlanCustomForm.check(r, 3);

    assertThat(issues)
        .extracting(Issue::pointer)
        .containsExactlyInAnyOrder(
            "/measures/3/name",
            "/measures/3/path",
            "/measures/3/effects/0/fraction",
            "/measures/3/effects/0/select/source",
            "/measures/3/effects/0/to/perUnit",
            "/measures/3/capex",
            "/measures/3/opex",
            "/measures/3/lifetime",
            "/measures/3/earliestYear",
            "/measures/3/source");
    assertThat(issues).allMatch(Issue::isError);
  }

  @Test
  void check_unknownKindAndSinkQuantityZero_eachNamed() {
    assertThat(PlanCustomForm.check(row(Map.of("kind", "magic")), 0))
        .extracting(Issue::pointer)
        .contains("/measures/0/effects/0/kind");
    var sink =
        row(
            Map.of(
                "name",
                "封存",
                "path",
                "碳封存",
                "kind",
                "sink",
                "value",
                "0",
                "capex",
                "0",
                "opex",
                "0",
                "lifetime",
                "10",
                "citation",
                "own study"));
    assertThat(PlanCustomForm.check(sink, 0))
        .extracting(Issue::pointer)
        .containsExactlyInAnyOrder("/measures/0/effects/0/quantity", "/measures/0/effects/0/sink");
  }

  @Test
  void measure_validSink_contractMeasureWithPathAndSourceMoneyInCny() {
    var r =
        row(
            Map.of(
                "name", "二氧化碳地质封存",
                "path", "碳封存",
                "kind", "sink",
                "sink", "storage",
                "value", "20000",
                "capex", "1500",
                "opex", "-12.5",
                "lifetime", "20",
                "earliest", "2030",
                "citation", "企业可研报告 2026"));
    assertThat(PlanCustomForm.check(r, 0)).isEmpty();

    ObjectNode m = PlanCustomForm.measure(r, "own-1");

    assertThat(m.get("category").asString()).isEqualTo("ccus");
    assertThat(m.get("path").asString()).isEqualTo("碳封存");
    assertThat(m.get("source").asString()).isEqualTo("企业可研报告 2026");
    // 1500 万元 × 10^4 = 15,000,000 CNY; −12.5 万元 = −125,000 CNY/yr
    assertThat(m.get("capex").asDouble()).isEqualTo(15_000_000);
    assertThat(m.get("opex").asDouble()).isEqualTo(-125_000);
    assertThat(m.get("lifetime").asInt()).isEqualTo(20);
    assertThat(m.get("earliestYear").asInt()).isEqualTo(2030);
    JsonNode e = m.get("effects").get(0);
    assertThat(e.get("kind").asString()).isEqualTo("sink");
    assertThat(e.get("sink").asString()).isEqualTo("storage");
    assertThat(e.get("quantity").asDouble()).isEqualTo(20_000);
  }

  @Test
  void blank_rowLeftEmpty_isNoMeasure() {
    assertThat(row(Map.of("path", "碳减排", "kind", "reduce")).blank()).isTrue();
    assertThat(row(Map.of("name", "x")).blank()).isFalse();
  }
}
