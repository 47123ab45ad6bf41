package org.minecarbon.io.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.json.RowReader;
import org.minecarbon.testkit.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test of the fast path: on every activity row of the fixtures and on thousands of
 * variants of them (each field removed, nulled, retyped, rewritten; an unknown field added),
 * whenever {@link FastRows} builds a row, io's {@link RowReader} builds the same row and reports
 * nothing. The fast path must also take the clean rows of the generated workload.
 */
class FastRowsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void fastRow_anyVariantOfTheFixtureRows_isWhatRowReaderReads() {
    int fast = 0;
    int checked = 0;
    for (JsonNode row : fixtureRows()) {
      for (ObjectNode variant : variants((ObjectNode) row)) {
        ActivityRow f = new FastRows().activity(variant, "/activities/7");
        RowReader reader = new RowReader();
        ActivityRow r = reader.activity(variant, "/activities/7");
        checked++;
        if (f != null) {
          fast++;
          assertThat(reader.takeIssues()).as("%s", variant).isEmpty();
          assertThat(f).as("%s", variant).isEqualTo(r);
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(fast).isGreaterThan(50);
  }

  /** One row of each kind in the generated workload (GenerateNational). */
  private static final String[] GENERATED = {
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"mining\",\"source\":\"fuel\","
        + "\"fuel\":\"gasoline\",\"quantity\":32,\"unit\":\"t\"}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"transport\",\"source\":\"electricity\","
        + "\"quantity\":782000,\"unit\":\"kWh\",\"grid\":\"华北\"}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"auxiliary\",\"source\":\"heat\","
        + "\"quantity\":857,\"unit\":\"GJ\"}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"mining\",\"source\":\"mine-methane\","
        + "\"ventilation\":520,\"drainage\":260,\"flared\":52,\"utilized\":104,\"unit\":\"10^4Nm3\"}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"processing\","
        + "\"source\":\"post-mining-methane\",\"quantity\":32900,\"unit\":\"t\"}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"transport\",\"source\":\"flare\","
        + "\"quantity\":70.7,\"unit\":\"10^4Nm3\",\"composition\":{\"CH4\":0.35}}",
    "{\"period\":\"2024-01\",\"site\":\"m0\",\"stage\":\"auxiliary\",\"source\":\"carbonate\","
        + "\"quantity\":946,\"unit\":\"t\",\"carbonates\":{\"CaCO3\":0.85}}"
  };

  @Test
  void fastRow_generatedWorkloadRows_allTakeTheFastPath() {
    for (String json : GENERATED) {
      JsonNode row = JsonCodec.mapper().readTree(json);
      ActivityRow f = new FastRows().activity(row, "/activities/0");
      assertThat(f).as(json).isNotNull().isEqualTo(new RowReader().activity(row, "/activities/0"));
    }
  }

  /** Fixture rows and generated rows, each also without its uncertainty (a fast-path row). */
  private static List<JsonNode> fixtureRows() {
    List<JsonNode> rows = new ArrayList<>();
    for (String fixture : List.of(Fixtures.RICH, Fixtures.MINIMAL, Fixtures.BROKEN_FIELDS)) {
      JsonCodec.mapper().readTree(Fixtures.text(fixture)).path("activities").forEach(rows::add);
    }
    for (String json : GENERATED) {
      rows.add(JsonCodec.mapper().readTree(json));
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode row : rows) {
      if (row instanceof ObjectNode o) {
        out.add(o);
        ObjectNode plain = o.deepCopy();
        plain.remove("uncertainty");
        out.add(plain);
      }
    }
    return out;
  }

  /** The row, and for each field: removed, null, a string, a negative, a fraction, an object. */
  private static List<ObjectNode> variants(ObjectNode row) {
    List<ObjectNode> out =
        new ArrayList<>(List.of(row, with(row, "extra", NODES.booleanNode(true))));
    List<JsonNode> values =
        List.of(
            NODES.nullNode(),
            NODES.stringNode("x"),
            NODES.stringNode("2024-13"),
            NODES.stringNode("t"),
            NODES.numberNode(-1),
            NODES.numberNode(2.5),
            NODES.numberNode(2023),
            NODES.numberNode(Double.POSITIVE_INFINITY),
            NODES.objectNode().put("CaCO3", 2),
            NODES.arrayNode());
    for (Map.Entry<String, JsonNode> e : row.properties()) {
      ObjectNode removed = row.deepCopy();
      removed.remove(e.getKey());
      out.add(removed);
      for (JsonNode v : values) {
        out.add(with(row, e.getKey(), v));
      }
    }
    return out;
  }

  private static ObjectNode with(ObjectNode row, String name, JsonNode value) {
    ObjectNode copy = row.deepCopy();
    copy.set(name, value);
    return copy;
  }
}
