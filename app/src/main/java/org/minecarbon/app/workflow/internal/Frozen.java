package org.minecarbon.app.workflow.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.catalog.BenchmarkRecord;
import org.minecarbon.store.catalog.FactorSetRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference data a verified version's figures and reports depend on besides its rows, frozen at
 * verification (issue 11): the group's benchmarks and user factor sets as they were. Built-in
 * factor sets are not copied: their values change only with a new set id (docs/methodology.md §5).
 */
final class Frozen {
  private Frozen() {}

  static String write(List<BenchmarkRecord> benchmarks, List<FactorSetRecord> sets) {
    ObjectNode root = JsonCodec.mapper().createObjectNode();
    ArrayNode b = root.putArray("benchmarks");
    for (BenchmarkRecord r : benchmarks) {
      b.addObject()
          .put("id", r.id())
          .put("product", r.product())
          .put("intensity", r.intensity())
          .put("year", r.year())
          .put("sourceNote", r.sourceNote())
          .put("version", r.version());
    }
    ArrayNode f = root.putArray("factorSets");
    for (FactorSetRecord s : sets) {
      f.addObject().put("id", s.id()).put("fileName", s.fileName()).put("csv", s.csv());
    }
    return root.toString();
  }

  static List<BenchmarkView> benchmarks(String frozen) {
    List<BenchmarkView> out = new ArrayList<>();
    for (JsonNode b : JsonCodec.mapper().readTree(frozen).path("benchmarks")) {
      out.add(
          new BenchmarkView(
              b.path("id").asLong(),
              b.path("product").asString(""),
              b.path("intensity").asDouble(),
              b.path("year").asInt(),
              b.path("sourceNote").asString(""),
              b.path("version").asLong()));
    }
    return out;
  }

  /** The built-in sets plus the frozen user sets, in the order they were added. */
  static FactorLibrary library(String frozen) {
    FactorLibrary library = FactorLibrary.builtIn();
    for (JsonNode s : JsonCodec.mapper().readTree(frozen).path("factorSets")) {
      byte[] csv = s.path("csv").asString("").getBytes(StandardCharsets.UTF_8);
      Result<FactorLibrary> next =
          library.withUserSet(new ByteArrayInputStream(csv), s.path("fileName").asString(""));
      if (next instanceof Result.Ok<FactorLibrary> ok) {
        library = ok.value();
      }
    }
    return library;
  }
}
