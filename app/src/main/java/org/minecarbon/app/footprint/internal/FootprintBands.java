package org.minecarbon.app.footprint.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.job.JobView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.footprint.FootprintUncertainty;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.uncertainty.MonteCarlo;
import org.minecarbon.lca.uncertainty.Simulation;
import org.minecarbon.store.Store;
import org.minecarbon.store.footprint.FootprintRunRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The uncertainty band of a stored footprint run, as a job: the stored result's upstream rows
 * (stage, upstream part, background process) and the existing seeded {@link MonteCarlo} of each
 * background process (same iterations and seed for all) give p5/p50/p95 per stage and total ({@link
 * FootprintUncertainty}). The band is the job's result; the page shows the newest finished one.
 */
final class FootprintBands {
  static final String KIND = "footprint-uncertainty";
  static final int MIN_ITERATIONS = 10;
  static final int MAX_ITERATIONS = 5000;

  private final Store store;
  private final Tenancy tenancy;
  private final JobRunner jobs;
  private final Backgrounds backgrounds;

  FootprintBands(Store store, Tenancy tenancy, JobRunner jobs, Backgrounds backgrounds) {
    this.store = store;
    this.tenancy = tenancy;
    this.jobs = jobs;
    this.backgrounds = backgrounds;
  }

  JobView submit(long enterpriseId, long runId, int iterations, long seed) {
    FootprintRunRecord run = run(enterpriseId, runId);
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new InvalidInputException(
          Issue.error(
              "INVALID_OPTION",
              "iterations",
              "the number of draws must be between " + MIN_ITERATIONS + " and " + MAX_ITERATIONS,
              String.valueOf(iterations),
              MIN_ITERATIONS + "…" + MAX_ITERATIONS));
    }
    if (run.databaseId() == null) {
      throw new InvalidInputException(
          Issue.error(
              "NO_BACKGROUND",
              "run",
              "this run has no background database, so nothing in it has a distribution",
              String.valueOf(runId),
              "a run computed with a background database"));
    }
    long group = tenancy.groupId();
    long db = run.databaseId();
    JsonNode result = JsonCodec.mapper().readTree(run.resultJson());
    String method = JsonCodec.mapper().readTree(run.optionsJson()).path("method").asString();
    ObjectNode params = JsonCodec.mapper().createObjectNode();
    params.put("runId", runId).put("iterations", iterations).put("seed", seed);
    return jobs.submit(
        new JobRunner.Submission(
            KIND,
            group,
            enterpriseId,
            tenancy.cacheKey(enterpriseId),
            tenancy.actor().name(),
            params),
        progress -> {
          progress.set(0.05);
          LcaEngine engine = backgrounds.engine(group, db);
          progress.set(0.2);
          Map<String, Simulation> sims = new ConcurrentHashMap<>();
          return band(result, engine, method, iterations, seed, sims)
              .map(
                  u -> {
                    ObjectNode n = json(runId, u);
                    n.set("sampled", BandSources.of(result, engine, sims, u));
                    return (JsonNode) n;
                  });
        });
  }

  /** The newest finished band of the run in the user's scope. */
  Optional<JsonNode> latest(long enterpriseId, long runId) {
    run(enterpriseId, runId);
    String scope = tenancy.cacheKey(enterpriseId);
    for (JobView j : jobs.list(enterpriseId, KIND, 50)) {
      boolean mine =
          jobs.record(j.id()).map(r -> r.scopeKey().equals(scope)).orElse(false)
              && j.params().path("runId").asLong() == runId;
      if (mine && JobView.DONE.equals(j.state()) && j.result() != null) {
        return Optional.of(j.result());
      }
    }
    return Optional.empty();
  }

  private FootprintRunRecord run(long enterpriseId, long runId) {
    tenancy.enterprise(enterpriseId);
    return store
        .footprints()
        .run(enterpriseId, tenancy.cacheKey(enterpriseId), runId)
        .orElseThrow(() -> new NotFoundException("footprint", runId));
  }

  static Result<FootprintUncertainty> band(
      JsonNode result,
      LcaEngine engine,
      String method,
      int iterations,
      long seed,
      Map<String, Simulation> sims) {
    Map<String, Double> stages = new LinkedHashMap<>();
    result
        .path("byStage")
        .properties()
        .forEach(e -> stages.put(e.getKey(), e.getValue().asDouble()));
    List<FootprintUncertainty.UpstreamRow> rows = new ArrayList<>();
    for (JsonNode c : result.path("contributions")) {
      if (c.has("background") && c.path("byOrigin").has("upstream")) {
        rows.add(
            new FootprintUncertainty.UpstreamRow(
                c.path("stage").asString(),
                c.path("byOrigin").path("upstream").asDouble(),
                c.path("background").path("@id").asString()));
      }
    }
    return FootprintUncertainty.of(
        stages,
        result.path("total").asDouble(),
        rows,
        id -> {
          Result<Simulation> r =
              MonteCarlo.run(engine, id, LinkOptions.defaults(), method, iterations, seed);
          if (r instanceof Result.Ok<Simulation> ok) {
            sims.put(id, ok.value());
          }
          return r;
        },
        iterations,
        seed);
  }

  static ObjectNode json(long runId, FootprintUncertainty u) {
    ObjectNode n = JsonCodec.mapper().createObjectNode();
    n.put("runId", runId);
    n.put("iterations", u.iterations());
    n.put("seed", u.seed());
    ObjectNode stages = n.putObject("byStage");
    u.byStage().forEach((s, b) -> band(stages.putObject(s), b));
    band(n.putObject("total"), u.total());
    return n;
  }

  private static void band(ObjectNode o, FootprintUncertainty.Band b) {
    o.put("p5", b.p5());
    o.put("p50", b.p50());
    o.put("p95", b.p95());
  }
}
