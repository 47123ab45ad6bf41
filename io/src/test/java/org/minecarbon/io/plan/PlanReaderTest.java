package org.minecarbon.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlanReaderTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "plan-coal-mine.json");
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();

  static ObjectNode example() throws IOException {
    return (ObjectNode) JsonCodec.parse(Files.readAllBytes(EXAMPLE), "plan").orElseThrow();
  }

  @Test
  void read_examplePlan_allFieldsMapped() throws IOException {
    PlanDocument doc;
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      doc = PlanReader.read(in, "plan-coal-mine.json", LIBRARY).orElseThrow();
    }
    assertThat(doc.baseYear()).isEqualTo(2024);
    assertThat(doc.from()).isEqualTo(2025);
    assertThat(doc.to()).isEqualTo(2060);
    assertThat(doc.discountRate()).isEqualTo(0.06);
    assertThat(doc.measures()).hasSize(7);
    assertThat(doc.targets()).hasSize(3);
    assertThat(doc.targets().get(1)).isInstanceOf(Target.Intensity.class);
    assertThat(doc.measures().get(1).requires()).containsExactly("pv-20mw");
    assertThat(doc.measures().get(1).effects().get(0)).isInstanceOf(Effect.Substitute.class);
    assertThat(doc.measures().get(4).effects().get(1)).isInstanceOf(Effect.Add.class);
    // production index: 1 at 2024, 1.10 at 2030 → 2027 is 1 + 0.10 × 3/6 = 1.05
    assertThat(doc.index(2027)).isEqualTo(1.05, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(doc.prices().fuel("diesel").at(2040)).isEqualTo(7800);
  }

  @Test
  void read_manyProblems_everyOneWithItsPointer() throws IOException {
    ObjectNode root = example();
    ((ObjectNode) root.get("inventory").get("activities").get(0)).put("quantity", "many");
    ObjectNode m0 = (ObjectNode) root.get("measures").get(0);
    m0.remove("capex");
    m0.put("category", "magic");
    ObjectNode e = (ObjectNode) root.get("measures").get(1).get("effects").get(0);
    e.put("fraction", 1.5);
    ((ObjectNode) root.get("measures").get(2).get("effects").get(0)).put("kind", "teleport");
    ((ObjectNode) root.get("targets").get(0)).put("kind", "summit");
    ArrayNode prod = (ArrayNode) root.get("projection").get("production");
    ((ObjectNode) prod.get(1)).put("year", 2020);
    ((ObjectNode) root.get("prices").get("fuel")).putArray("unobtainium");
    Result<PlanDocument> r = PlanReader.read((JsonNode) root, LIBRARY);
    assertThat(r.isOk()).isFalse();
    List<String> pointers = r.errors().stream().map(Issue::pointer).toList();
    assertThat(pointers)
        .contains(
            "/inventory/activities/0/quantity",
            "/measures/0/capex",
            "/measures/0/category",
            "/measures/1/effects/0/fraction",
            "/measures/2/effects/0/kind",
            "/targets/0/kind",
            "/projection/production/1/year",
            "/prices/fuel/unobtainium");
  }

  @Test
  void read_notAPlan_unknownFormat() throws IOException {
    ObjectNode root = example();
    root.put("format", "minecarbon/inventory@1");
    root.remove("horizon");
    List<String> pointers =
        PlanReader.read((JsonNode) root, LIBRARY).errors().stream().map(Issue::pointer).toList();
    assertThat(pointers).contains("/format", "/horizon");
  }
}
