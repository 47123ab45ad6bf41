package org.minecarbon.stream.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryWriter;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.meter.rows.MeterRows;
import tools.jackson.databind.JsonNode;

/**
 * The independent side of the golden tests: {@code examples/meters} read by {@code io.meter} and
 * computed by {@code MeterRows.compute} in one batch (what {@code minecarbon meters rows} prints),
 * and the comparison of a stored row with a batch row, quantity by quantity.
 */
final class Golden {
  static final Path DIR = Path.of("..", "examples", "meters");

  /** Relative tolerance on quantities: the stream splits months on a one-month grid. */
  static final double REL = 1e-9;

  private Golden() {}

  static String registryJson() throws IOException {
    return Files.readString(DIR.resolve("METERS.json"), StandardCharsets.UTF_8);
  }

  static MeterRegistry registry() throws IOException {
    return ((Result.Ok<MeterRegistry>)
            RegistryReader.read(
                Files.readAllBytes(DIR.resolve("METERS.json")), "METERS.json", Set.of()))
        .value();
  }

  /** Both example files, in time order (a topic's order per meter). */
  static List<Reading> readings() throws IOException {
    MeterRegistry reg = registry();
    List<Reading> all = new ArrayList<>();
    for (String f : List.of("readings-counters.csv", "readings-gas.csv")) {
      all.addAll(
          ((Result.Ok<List<Reading>>)
                  ReadingsReader.read(Files.readAllBytes(DIR.resolve(f)), f, reg))
              .value());
    }
    all.sort(Comparator.comparing(Reading::time));
    return all;
  }

  static MeterReport batch() throws IOException {
    return MeterRows.compute(registry(), readings(), y -> true, Instant.now());
  }

  /** Asserts the stored rows are the batch rows: same ids, every number within tolerance. */
  static void assertSameRows(Map<String, Object[]> stored, MeterReport batch) {
    assertThat(stored.keySet())
        .containsExactlyElementsOf(batch.rows().stream().map(MeterRow::id).toList());
    for (MeterRow r : batch.rows()) {
      Object[] s = stored.get(r.id());
      JsonNode expected = InventoryWriter.writeActivity(r.row());
      JsonNode actual =
          ((Result.Ok<JsonNode>)
                  JsonCodec.parse(((String) s[0]).getBytes(StandardCharsets.UTF_8), "row"))
              .value();
      assertSameJson(r.id(), actual, expected);
      assertThat((double) s[2])
          .as(r.id() + " completeness")
          .isCloseTo(r.completeness(), within(1e-12));
      assertThat((double) s[3])
          .as(r.id() + " estimated")
          .isCloseTo(r.estimated(), within(REL * Math.max(1, Math.abs(r.estimated()))));
      assertThat((String) s[4]).isEqualTo(String.join(",", r.meters()));
    }
  }

  private static void assertSameJson(String where, JsonNode actual, JsonNode expected) {
    if (expected.isNumber()) {
      double e = expected.asDouble();
      assertThat(actual.asDouble()).as(where).isCloseTo(e, within(REL * Math.max(1, Math.abs(e))));
    } else if (expected.isObject()) {
      assertThat(actual.propertyNames())
          .as(where)
          .containsExactlyInAnyOrderElementsOf(expected.propertyNames());
      for (String k : expected.propertyNames()) {
        assertSameJson(where + "/" + k, actual.get(k), expected.get(k));
      }
    } else {
      assertThat(actual.toString()).as(where).isEqualTo(expected.toString());
    }
  }

  /** Batch alarms as "code meter epochMillis" in the store's order. */
  static List<String> alarms(MeterReport batch) {
    return batch.alarms().stream()
        .sorted(
            Comparator.comparing(Alarm::time)
                .thenComparing(Alarm::meter)
                .thenComparing(Alarm::code))
        .map(a -> a.code().name() + " " + a.meter() + " " + a.time().toEpochMilli())
        .toList();
  }
}
