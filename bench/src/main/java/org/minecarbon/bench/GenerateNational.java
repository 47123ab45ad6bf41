package org.minecarbon.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Settings;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.io.Documents;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workload 1 as a file: writes the inventory document of {@link WorkloadGenerator#generate} (sites,
 * then activities, sinks, production) site by site with a streaming generator, one row per line,
 * never holding more than one site's rows. Rows are encoded by io's own document writer, so the
 * file is what {@code Documents.write} would produce, minus indentation.
 *
 * <p>Usage: {@code GenerateNational OUT.json [sites=30000] [rowsPerSiteMonth=40] [year=2024]
 * [seed=42]}
 */
public final class GenerateNational {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private GenerateNational() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: GenerateNational OUT.json [sites] [rowsPerSiteMonth] [year] [seed]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int sites = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int year = args.length > 3 ? Integer.parseInt(args[3]) : 2024;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
    long t0 = System.nanoTime();
    write(out, sites, rows, year, seed);
    System.err.printf(
        "wrote %s: %d sites, %d activity rows, %.1f MB in %.1f s%n",
        out,
        sites,
        (long) sites * 12 * rows,
        Files.size(out) / 1e6,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Writes the document of {@code WorkloadGenerator.generate(sites, rows, year, seed)}. */
  public static void write(Path out, int sites, int rows, int year, long seed) throws IOException {
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = MAPPER.createGenerator(os)) {
      JsonNode header =
          Documents.toTree(
              new Inventory(
                  WorkloadGenerator.ENTERPRISE,
                  Settings.DEFAULT,
                  WorkloadGenerator.sites(sites),
                  List.of(),
                  List.of(),
                  List.of()));
      g.writeStartObject();
      for (String field : List.of("format", "enterprise", "settings")) {
        if (header.has(field)) {
          g.writeName(field);
          MAPPER.writeTree(g, header.get(field));
        }
      }
      array(g, "sites", header.get("sites"));
      List<SinkRow> sinks = new ArrayList<>(sites + 1);
      List<ProductionRow> production = new ArrayList<>(sites);
      g.writeName("activities");
      g.writeStartArray();
      WorkloadGenerator.Slices slices = new WorkloadGenerator.Slices(sites, rows, year, seed);
      while (slices.hasNext()) {
        WorkloadGenerator.SiteSlice slice = slices.next();
        elements(g, tree(slice.activities(), List.of(), List.of()).get("activities"));
        sinks.add(slice.sink());
        production.add(slice.production());
      }
      g.writeEndArray();
      sinks.add(WorkloadGenerator.allowance(sites, year));
      array(g, "sinks", tree(List.of(), sinks, List.of()).get("sinks"));
      array(g, "production", tree(List.of(), List.of(), production).get("production"));
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static JsonNode tree(
      List<ActivityRow> activities, List<SinkRow> sinks, List<ProductionRow> production) {
    return Documents.toTree(
        new Inventory(
            WorkloadGenerator.ENTERPRISE,
            Settings.DEFAULT,
            List.of(),
            activities,
            sinks,
            production));
  }

  private static void array(JsonGenerator g, String name, JsonNode items) {
    g.writeName(name);
    g.writeStartArray();
    elements(g, items);
    g.writeEndArray();
  }

  /** Each element on its own line, so that {@code head} shows whole rows. */
  private static void elements(JsonGenerator g, JsonNode items) {
    for (JsonNode item : items) {
      g.writeRaw('\n');
      MAPPER.writeTree(g, item);
    }
  }
}
