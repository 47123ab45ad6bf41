package org.minecarbon.bench.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.PlanReader;
import org.minecarbon.io.plan.PlanResultWriter;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.solver.Solvers;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work of one UI plan run with 5 measures, timed (issue 13: "a 5-measure plan answers in the UI
 * in under 1 s"): read the document (the run's {@code PlanInputs.prepared}), solve with SCIP, write
 * the result tree (what the job stores), {@code runs} times after {@code warm} warm-up runs in one
 * JVM; prints min, median and max in ms. The plan is {@code examples/plan-coal-mine.json} with its
 * first 5 measures. Not included: the HTTP round trips, the job row writes, the page's htmx poll
 * (every 300 ms) — see docs/planning.md.
 *
 * <pre>
 * java -cp … org.minecarbon.bench.plan.PlanUiTiming [examples/plan-coal-mine.json] [runs] [warm]
 * </pre>
 */
public final class PlanUiTiming {
  private PlanUiTiming() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plan-coal-mine.json");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ObjectNode doc = (ObjectNode) JsonCodec.mapper().readTree(Files.readString(file));
    ArrayNode measures = (ArrayNode) doc.get("measures");
    while (measures.size() > 5) {
      measures.remove(measures.size() - 1);
    }
    byte[] bytes = doc.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    FactorLibrary library = FactorLibrary.builtIn();
    double[] ms = new double[runs];
    String status = "";
    for (int i = -warm; i < runs; i++) {
      long t0 = System.nanoTime();
      PlanDocument d;
      try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
        d = PlanReader.read(in, file.toString(), library).orElseThrow();
      }
      PlanRun run =
          new Planner(library, Solvers.scip())
              .plan(d, Duration.ofSeconds(60), Map.of())
              .orElseThrow();
      status = PlanResultWriter.tree(run.result()).path("status").asString("");
      double elapsed = (System.nanoTime() - t0) / 1e6;
      if (i >= 0) {
        ms[i] = elapsed;
      }
    }
    Arrays.sort(ms);
    System.out.printf(
        "5 measures, %d runs: min %.1f ms, median %.1f ms, max %.1f ms (status %s)%n",
        runs, ms[0], ms[runs / 2], ms[runs - 1], status);
  }
}
