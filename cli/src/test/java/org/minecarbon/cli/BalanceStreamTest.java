package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10 §5: a local JSON file the user names is read as a stream, whatever its size, and gives
 * the balance of the in-memory path.
 */
class BalanceStreamTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  @Test
  void balance_streamFlag_equalsInMemoryBalance() {
    for (String example : new String[] {"coal-mine.json", "metal-mine.json"}) {
      CliRun memory = CliRun.of("balance", CliRun.example(example), "--format", "json");
      CliRun streamed =
          CliRun.of("balance", CliRun.example(example), "--format", "json", "--stream");

      assertThat(streamed.exit()).as(streamed.err()).isZero();
      assertThat(JSON.readTree(streamed.out()).get("years"))
          .as(example)
          .isEqualTo(JSON.readTree(memory.out()).get("years"));
    }
  }

  @Test
  void balance_fileOverUploadLimit_isStreamedNotRefused() throws IOException {
    // The coal mine's activity rows copied K times under new ids: every emission column is linear
    // in the rows, so each year's emission columns are K times the original's (the oracle), while
    // sinks and production (not copied) stay as they are. K is chosen so the file exceeds 20 MiB,
    // the upload limit that refused such a file before.
    ObjectNode doc = (ObjectNode) JSON.readTree(Path.of(CliRun.example("coal-mine.json")).toFile());
    ArrayNode original = (ArrayNode) doc.get("activities");
    int copies = 20 * 1024 * 1024 / original.toString().length() + 2;
    Path big = tmp.resolve("national.json");
    writeCopies(doc, original, copies, big);
    assertThat(Files.size(big)).isGreaterThan(20L * 1024 * 1024);

    CliRun one = CliRun.of("balance", CliRun.example("coal-mine.json"), "--format", "json");
    CliRun many = CliRun.of("balance", big.toString(), "--format", "json");

    assertThat(many.exit()).as(many.err()).isZero();
    JsonNode y1 = JSON.readTree(one.out()).get("years").get(0);
    JsonNode yk = JSON.readTree(many.out()).get("years").get(0);
    for (String column : new String[] {"fuel", "fugitiveCH4", "fugitiveCO2", "electricity"}) {
      double expected = copies * y1.at("/emissions/" + column).asDouble();
      assertThat(yk.at("/emissions/" + column).asDouble())
          .as(column)
          .isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-9));
    }
  }

  @Test
  void balance_streamedInvalidRow_listsItWithPointerAndPrintsNothing() throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(Path.of(CliRun.example("coal-mine.json")).toFile());
    ((ObjectNode) doc.get("activities").get(2)).put("quantity", -5);
    ((ObjectNode) doc.get("activities").get(4)).put("fuel", "unobtainium");
    Path file = tmp.resolve("bad.json");
    JSON.writeValue(file.toFile(), doc);

    CliRun run = CliRun.of("balance", file.toString(), "--stream");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("/activities/2/quantity", "/activities/4/fuel");
  }

  private static void writeCopies(ObjectNode doc, ArrayNode original, int copies, Path out)
      throws IOException {
    ObjectNode head = doc.deepCopy();
    head.remove("activities");
    head.remove("sinks");
    head.remove("production");
    String header = head.toString();
    try (OutputStream o = Files.newOutputStream(out)) {
      o.write(
          header
              .substring(0, header.length() - 1)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      o.write(",\"activities\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (int k = 0; k < copies; k++) {
        for (int i = 0; i < original.size(); i++) {
          ObjectNode row = ((ObjectNode) original.get(i)).deepCopy();
          row.put("id", row.get("id").asString() + "-" + k);
          o.write(((k | i) == 0 ? "" : ",").getBytes(java.nio.charset.StandardCharsets.UTF_8));
          o.write(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      o.write(
          ("],\"sinks\":" + doc.get("sinks") + ",\"production\":" + doc.get("production") + "}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
