package org.minecarbon.server.app.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.UncertaintyAnalysis;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.server.app.BalanceService;
import org.minecarbon.server.app.InvalidInputException;
import org.minecarbon.server.app.NotFoundException;
import org.minecarbon.server.app.UncertaintyJob;
import org.minecarbon.server.app.UncertaintyService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs analyses on a small pool (two at a time) and keeps the latest 100 jobs in memory. Progress
 * comes from core's callback; the balance is computed before the job starts, so an inventory with
 * errors is reported at once (422), not as a failed job.
 */
@Service
class JobsUncertaintyService implements UncertaintyService, DisposableBean {
  private static final int KEEP = 100;

  private final BalanceService balances;
  private final Tenancy tenancy;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Map<String, Job> jobs =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
          return size() > KEEP;
        }
      };

  JobsUncertaintyService(BalanceService balances, Tenancy tenancy) {
    this.balances = balances;
    this.tenancy = tenancy;
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
    Job job =
        new Job(
            UUID.randomUUID().toString(), enterpriseId, tenancy.cacheKey(enterpriseId), options);
    synchronized (jobs) {
      jobs.put(job.id, job);
    }
    pool.execute(() -> job.run(balance));
    return job.view();
  }

  @Override
  public UncertaintyJob job(long enterpriseId, String jobId) {
    tenancy.enterprise(enterpriseId);
    Job job;
    synchronized (jobs) {
      job = jobs.get(jobId);
    }
    // a job computed over one scope (whole enterprise, or some sites) is shown only within it
    if (job == null
        || job.enterpriseId != enterpriseId
        || !job.scope.equals(tenancy.cacheKey(enterpriseId))) {
      throw new NotFoundException("uncertainty job", jobId);
    }
    return job.view();
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }

  /** One job's mutable state; the view is a snapshot. */
  private static final class Job {
    final String id;
    final long enterpriseId;
    final String scope;
    final UncertaintyOptions options;
    final AtomicLong progressBits = new AtomicLong(Double.doubleToLongBits(0));
    volatile @Nullable Result<UncertaintyReport> result;

    Job(String id, long enterpriseId, String scope, UncertaintyOptions options) {
      this.id = id;
      this.enterpriseId = enterpriseId;
      this.scope = scope;
      this.options = options;
    }

    void run(Balance balance) {
      try {
        result =
            UncertaintyAnalysis.run(
                balance.calculation(),
                options,
                p -> progressBits.set(Double.doubleToLongBits(Math.min(1, Math.max(0, p)))));
      } catch (RuntimeException e) {
        result =
            Result.err(
                org.minecarbon.core.result.Issue.error(
                    org.minecarbon.server.app.ServerCodes.INTERNAL,
                    "",
                    "the analysis failed: " + e.getMessage()));
      }
    }

    UncertaintyJob view() {
      Result<UncertaintyReport> r = result;
      double progress = Double.longBitsToDouble(progressBits.get());
      if (r == null) {
        return snapshot(UncertaintyJob.RUNNING, progress, null, List.of());
      }
      if (r instanceof Result.Ok<UncertaintyReport> ok) {
        return snapshot(UncertaintyJob.DONE, 1.0, ok.value(), ok.warnings());
      }
      return snapshot(UncertaintyJob.FAILED, progress, null, r.issues());
    }

    private UncertaintyJob snapshot(
        String state,
        double progress,
        @Nullable UncertaintyReport report,
        List<org.minecarbon.core.result.Issue> issues) {
      return new UncertaintyJob(
          id, enterpriseId, state, progress, options.iterations(), options.seed(), report, issues);
    }
  }
}
