package org.minecarbon.app.plan.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.factor.Libraries;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.job.JobView;
import org.minecarbon.app.plan.PlanJob;
import org.minecarbon.app.plan.PlanVersion;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.PlanResultWriter;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.solver.MipSolver;
import org.minecarbon.planning.solver.SolverException;
import org.minecarbon.planning.solver.Solvers;
import org.minecarbon.store.job.JobRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan runs as jobs of the shared {@link JobRunner} (kind {@value #KIND}): the planner of {@code
 * minecarbon plan} (SCIP) on the prepared document; the job stores {@code {"result": plan result,
 * "baseline": [year, emissions, removals without measures], "mps": [the solved programme's
 * lines]}}, so both survive a restart. A run is shown only to the scope that started it, under its
 * own plan and enterprise.
 */
public final class PlanRuns {
  static final String KIND = "plan";
  static final String SOLVER_FAILED = "PLAN_SOLVER_FAILED";

  private final Tenancy tenancy;
  private final Libraries libraries;
  private final JobRunner jobs;
  private final Duration timeLimit;

  /**
   * @param timeLimit the solver's time limit per run (the CLI's default is 60 s)
   */
  public PlanRuns(Tenancy tenancy, Libraries libraries, JobRunner jobs, Duration timeLimit) {
    this.tenancy = tenancy;
    this.libraries = libraries;
    this.jobs = jobs;
    this.timeLimit = timeLimit;
  }

  PlanJob start(PlanVersion v, PlanDocument doc, Map<String, PlanDocument> scenarios) {
    ObjectNode params = JsonCodec.mapper().createObjectNode();
    params.put("plan", v.planId());
    params.put("version", v.version());
    FactorLibrary library = libraries.library();
    JobView job =
        jobs.submit(
            new JobRunner.Submission(
                KIND,
                tenancy.groupId(),
                v.enterpriseId(),
                tenancy.cacheKey(v.enterpriseId()),
                tenancy.actor().name(),
                params),
            progress -> {
              progress.set(0.05);
              return solve(library, doc, scenarios);
            });
    return view(job);
  }

  private Result<JsonNode> solve(
      FactorLibrary library, PlanDocument doc, Map<String, PlanDocument> scenarios) {
    MipSolver solver = Solvers.scip();
    Result<PlanRun> run;
    try {
      run = new Planner(library, solver).plan(doc, timeLimit, Map.of());
    } catch (SolverException e) {
      return Result.err(Issue.error(SOLVER_FAILED, "", "the solver failed: " + e.getMessage()));
    }
    return run.map(
        r -> {
          ObjectNode out = JsonCodec.mapper().createObjectNode();
          out.set("result", PlanResultWriter.tree(r.result()));
          out.set("baseline", baseline(r.projection()));
          // as lines: one JSON string of the whole programme would pass Jackson's 100,000-character
          // limit on reading it back
          ArrayNode lines = out.putArray("mps");
          solver.exportMps(r.mip()).lines().forEach(lines::add);
          out.set("scenarios", PlanScenarios.compare(library, doc, r, scenarios, timeLimit));
          return (JsonNode) out;
        });
  }

  /** The baseline (no measure) per plan year: gross emissions and removals, tCO2e. */
  private static ArrayNode baseline(Projection p) {
    ArrayNode out = JsonCodec.mapper().createArrayNode();
    for (int k = 0; k < p.years(); k++) {
      ObjectNode y = out.addObject();
      y.put("year", p.from() + k);
      y.put("emissions", p.emissions(k));
      y.put("removals", p.removals(k));
    }
    return out;
  }

  List<PlanJob> list(long enterpriseId, long planId) {
    String scope = tenancy.cacheKey(enterpriseId);
    return jobs.list(enterpriseId, KIND, 50).stream()
        .filter(j -> j.params().path("plan").asLong() == planId)
        .filter(j -> jobs.record(j.id()).map(r -> r.scopeKey().equals(scope)).orElse(false))
        .map(PlanRuns::view)
        .toList();
  }

  PlanJob job(long enterpriseId, long planId, String jobId) {
    return view(visible(enterpriseId, planId, jobId));
  }

  PlanJob cancel(long enterpriseId, long planId, String jobId) {
    visible(enterpriseId, planId, jobId);
    jobs.cancel(jobId);
    return view(visible(enterpriseId, planId, jobId));
  }

  String mps(long enterpriseId, long planId, String jobId) {
    JsonNode stored = visible(enterpriseId, planId, jobId).result();
    if (stored == null || !stored.path("mps").isArray()) {
      throw new NotFoundException("plan run result", jobId);
    }
    StringBuilder text = new StringBuilder();
    stored.path("mps").forEach(line -> text.append(line.asString()).append('\n'));
    return text.toString();
  }

  /** The run, when it is a plan job of this plan and enterprise started in the user's scope. */
  private JobView visible(long enterpriseId, long planId, String jobId) {
    JobRecord rec = jobs.record(jobId).orElse(null);
    if (rec == null
        || !KIND.equals(rec.kind())
        || rec.enterpriseId() == null
        || rec.enterpriseId() != enterpriseId
        || !rec.scopeKey().equals(tenancy.cacheKey(enterpriseId))) {
      throw new NotFoundException("plan run", jobId);
    }
    JobView j = jobs.get(jobId).orElseThrow(() -> new NotFoundException("plan run", jobId));
    if (j.params().path("plan").asLong() != planId) {
      throw new NotFoundException("plan run", jobId);
    }
    return j;
  }

  private static PlanJob view(JobView j) {
    JsonNode stored = j.result();
    return new PlanJob(
        j.id(),
        j.enterpriseId() == null ? 0 : j.enterpriseId(),
        j.params().path("plan").asLong(),
        j.params().path("version").asInt(),
        j.state(),
        j.progress(),
        stored == null ? null : stored.get("result"),
        stored == null ? null : stored.get("baseline"),
        stored == null ? null : stored.get("scenarios"),
        j.issues(),
        j.startedBy(),
        j.createdAt());
  }
}
