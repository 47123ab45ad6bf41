package org.minecarbon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Java baselines of workload 1, with io's own JSON configuration ({@link JsonCodec#mapper()}):
 * {@code tree} parses the whole file into one Jackson tree (baseline b), {@code scan} reads every
 * token with the streaming parser and touches each value (reference c), {@code rowtrees} streams
 * and reads each array element as a small tree (the cost floor of row-at-a-time tree mapping).
 * Prints {@code <mode> seconds=S rows=N} with S the in-process time of the parse only.
 *
 * <p>Usage: {@code ParseBaseline tree|scan|rowtrees FILE.json}
 */
public final class ParseBaseline {
  private ParseBaseline() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Path file = Path.of(args[1]);
    long t0 = System.nanoTime();
    long rows =
        switch (mode) {
          case "tree" -> tree(file);
          case "scan" -> scan(file);
          case "rowtrees" -> rowTrees(file);
          default -> throw new IllegalArgumentException("mode tree, scan or rowtrees: " + mode);
        };
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("jackson-%s seconds=%.3f rows=%d%n", mode, seconds, rows);
  }

  static long tree(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = JsonCodec.mapper().readTree(in);
      return root.path("activities").size()
          + root.path("sinks").size()
          + root.path("production").size();
    }
  }

  /** Every token, with the value of every scalar read (text decoded, numbers parsed). */
  static long scan(Path file) throws IOException {
    long values = 0;
    long rows = 0;
    try (JsonParser p = JsonCodec.mapper().createParser(file.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case VALUE_STRING -> values += p.getString().length();
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values += (long) p.getDoubleValue();
          case START_OBJECT -> rows += p.streamReadContext().getNestingDepth() == 3 ? 1 : 0;
          default -> {}
        }
      }
    }
    return values == Long.MIN_VALUE ? -1 : rows;
  }

  /** Top-level arrays element by element, each element read as a tree and dropped. */
  static long rowTrees(Path file) throws IOException {
    long rows = 0;
    ObjectReader reader =
        JsonCodec.mapper()
            .readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = JsonCodec.mapper().createParser(file.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_ARRAY && !name.equals("sites")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = reader.readValue(p);
            rows += row.size() > 0 ? 1 : 0;
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return rows;
  }
}
