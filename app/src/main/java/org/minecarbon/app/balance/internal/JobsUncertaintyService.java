package org.minecarbon.app.balance.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Tenancy;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.balance.UncertaintyJob;
import org.minecarbon.app.balance.UncertaintyService;
import org.minecarbon.app.job.JobRunner;
import org.minecarbon.app.job.JobView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.UncertaintyAnalysis;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.io.ResultWriters;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.job.JobRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Uncertainty analyses as jobs of the shared {@link JobRunner}: progress from core's callback, the
 * report kept in the store as its JSON. The balance is computed before the job starts, so an
 * inventory with errors is reported at once (422), not as a failed job. A job is shown only to the
 * scope that started it (whole enterprise, or the same sites).
 */
public class JobsUncertaintyService implements UncertaintyService {
  static final String KIND = "uncertainty";

  private final BalanceService balances;
  private final Tenancy tenancy;
  private final JobRunner jobs;

  public JobsUncertaintyService(BalanceService balances, Tenancy tenancy, JobRunner jobs) {
    this.balances = balances;
    this.tenancy = tenancy;
    this.jobs = jobs;
  }

  @Override
  public UncertaintyJob start(
      long enterpriseId, @Nullable Integer iterations, @Nullable Long seed) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    UncertaintyOptions options =
        new UncertaintyOptions(
            iterations == null ? UncertaintyOptions.DEFAULT_ITERATIONS : iterations,
            seed == null ? UncertaintyOptions.DEFAULT_SEED : seed,
            threads);
    if (!options.problems().isEmpty()) {
      throw new InvalidInputException("invalid uncertainty options", options.problems());
    }
    Balance balance = balances.balance(enterpriseId);
    ObjectNode params = JsonCodec.mapper().createObjectNode();
    params.put("iterations", options.iterations());
    params.put("seed", options.seed());
    JobView job =
        jobs.submit(
            new JobRunner.Submission(
                KIND,
                tenancy.groupId(),
                enterpriseId,
                tenancy.cacheKey(enterpriseId),
                tenancy.actor().name(),
                params),
            progress -> {
              Result<UncertaintyReport> r =
                  UncertaintyAnalysis.run(balance.calculation(), options, progress::set);
              return r.map(report -> (JsonNode) ResultWriters.uncertaintyTree(report));
            });
    return view(job);
  }

  @Override
  public UncertaintyJob job(long enterpriseId, String jobId) {
    return view(visible(enterpriseId, jobId));
  }

  @Override
  public UncertaintyJob cancel(long enterpriseId, String jobId) {
    visible(enterpriseId, jobId);
    jobs.cancel(jobId);
    return view(visible(enterpriseId, jobId));
  }

  /** The job, when it is an uncertainty job of this enterprise started in the user's scope. */
  private JobView visible(long enterpriseId, String jobId) {
    tenancy.enterprise(enterpriseId);
    JobRecord rec = jobs.record(jobId).orElse(null);
    // a job computed over one scope (whole enterprise, or some sites) is shown only within it
    if (rec == null
        || !KIND.equals(rec.kind())
        || rec.enterpriseId() == null
        || rec.enterpriseId() != enterpriseId
        || !rec.scopeKey().equals(tenancy.cacheKey(enterpriseId))) {
      throw new NotFoundException("uncertainty job", jobId);
    }
    return jobs.get(jobId).orElseThrow(() -> new NotFoundException("uncertainty job", jobId));
  }

  private static UncertaintyJob view(JobView j) {
    return new UncertaintyJob(
        j.id(),
        j.enterpriseId() == null ? 0 : j.enterpriseId(),
        j.state(),
        j.progress(),
        j.params().path("iterations").asInt(),
        j.params().path("seed").asLong(),
        j.result(),
        j.issues());
  }
}
