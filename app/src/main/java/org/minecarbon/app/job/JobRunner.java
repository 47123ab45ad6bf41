package org.minecarbon.app.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.job.internal.IssuesJson;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.Store;
import org.minecarbon.store.job.JobRecord;
import tools.jackson.databind.JsonNode;

/**
 * One runner for every long job: a small pool, progress in memory while a job runs, and the job's
 * parameters, final state, result and issues in the store, so that a finished result survives a
 * restart. A job still running when the process stopped is marked failed when the next process
 * first uses its runner.
 *
 * <p>Access is the caller's business: the runner stores the scope key a job was started in, and the
 * feature that owns the job shows it only within that scope.
 */
public final class JobRunner implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JobRunner.class.getName());

  private final Store store;
  private final ExecutorService pool;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final AtomicBoolean recovered = new AtomicBoolean();

  /**
   * @param threads how many jobs run at once (others wait in order)
   */
  public JobRunner(Store store, int threads) {
    this.store = store;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), JobRunner::thread);
  }

  /**
   * Marks the jobs a previous process left running as failed, once, at the first use (not in the
   * constructor: the schema may not be migrated yet when the runner is built).
   */
  private void recover() {
    if (recovered.get()) {
      return;
    }
    synchronized (recovered) {
      if (recovered.get()) {
        return;
      }
      int interrupted =
          store
              .jobs()
              .failRunning(
                  IssuesJson.write(
                      List.of(
                          Issue.error(
                              AppCodes.JOB_INTERRUPTED,
                              "",
                              "the job was interrupted by a restart of the application; start it"
                                  + " again"))));
      if (interrupted > 0) {
        LOG.log(System.Logger.Level.WARNING, "{0} job(s) interrupted by a restart", interrupted);
      }
      recovered.set(true);
    }
  }

  /** What a new job is: its kind, owner and parameters. */
  public record Submission(
      String kind,
      @Nullable Long groupId,
      @Nullable Long enterpriseId,
      String scopeKey,
      String startedBy,
      JsonNode params) {}

  /** Stores the job as running and queues its work; returns at once. */
  public JobView submit(Submission s, JobWork work) {
    recover();
    String id = UUID.randomUUID().toString();
    JobRecord stored =
        store
            .jobs()
            .create(
                id,
                s.kind(),
                s.groupId(),
                s.enterpriseId(),
                s.scopeKey(),
                s.params().toString(),
                s.startedBy());
    Running r = new Running(id);
    running.put(id, r);
    r.future = pool.submit(() -> run(r, work));
    return view(stored, r);
  }

  /** The job as it is now: from memory while it runs, from the store once finished. */
  public Optional<JobView> get(String id) {
    recover();
    return store.jobs().get(id).map(rec -> view(rec, running.get(id)));
  }

  /** The jobs of a kind for an enterprise, newest first (the feature filters them by scope). */
  public List<JobView> list(long enterpriseId, String kind, int limit) {
    recover();
    return store.jobs().list(enterpriseId, kind, limit).stream()
        .map(rec -> view(rec, running.get(rec.id())))
        .toList();
  }

  /** The stored record of a job (owner, scope), for the feature's access check. */
  public Optional<JobRecord> record(String id) {
    recover();
    return store.jobs().get(id);
  }

  /**
   * Cancels a running job: it is stored as cancelled at once and its work is stopped at its next
   * progress report (or interrupted).
   *
   * @return false when the job is unknown or already finished
   */
  public boolean cancel(String id) {
    Running r = running.get(id);
    if (r == null) {
      return false;
    }
    r.cancelled.set(true);
    boolean finished =
        store.jobs().finish(id, JobView.CANCELLED, r.progress(), null, IssuesJson.write(List.of()));
    Future<?> f = r.future;
    if (f != null) {
      f.cancel(true);
    }
    running.remove(id);
    return finished;
  }

  /** Stops the pool; running jobs are interrupted (and marked failed at the next start). */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  private void run(Running r, JobWork work) {
    Result<JsonNode> result;
    try {
      result = work.run(r);
    } catch (JobCancelledException e) {
      running.remove(r.id);
      return;
    } catch (RuntimeException e) {
      // the pool thread is this work's edge: an unexpected failure becomes the job's stored issue
      // (and a log entry) instead of a job that stays "running" forever
      if (r.cancelled.get()) {
        running.remove(r.id);
        return;
      }
      LOG.log(System.Logger.Level.ERROR, "job " + r.id + " failed", e);
      result = Result.err(Issue.error(AppCodes.INTERNAL, "", "the job failed: " + e.getMessage()));
    }
    try {
      if (result instanceof Result.Ok<JsonNode> ok) {
        store
            .jobs()
            .finish(
                r.id, JobView.DONE, 1.0, ok.value().toString(), IssuesJson.write(ok.warnings()));
      } else {
        store
            .jobs()
            .finish(r.id, JobView.FAILED, r.progress(), null, IssuesJson.write(result.issues()));
      }
    } finally {
      running.remove(r.id);
    }
  }

  private static JobView view(JobRecord rec, @Nullable Running r) {
    boolean live = r != null && JobView.RUNNING.equals(rec.state());
    double progress = live ? r.progress() : rec.progress();
    return new JobView(
        rec.id(),
        rec.kind(),
        rec.enterpriseId(),
        rec.state(),
        progress,
        JsonCodec.mapper().readTree(rec.paramsJson()),
        rec.resultJson() == null ? null : JsonCodec.mapper().readTree(rec.resultJson()),
        IssuesJson.read(rec.issuesJson()),
        rec.startedBy(),
        rec.createdAt(),
        rec.finishedAt());
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "minecarbon-job");
    t.setDaemon(true);
    return t;
  }

  /** The in-memory state of a running job. */
  private static final class Running implements JobWork.Progress {
    final String id;
    final AtomicLong progressBits = new AtomicLong(Double.doubleToLongBits(0));
    final AtomicBoolean cancelled = new AtomicBoolean();
    volatile @Nullable Future<?> future;

    Running(String id) {
      this.id = id;
    }

    double progress() {
      return Double.longBitsToDouble(progressBits.get());
    }

    @Override
    public void set(double fraction) {
      if (cancelled.get()) {
        throw new JobCancelledException(id);
      }
      progressBits.set(Double.doubleToLongBits(Math.min(1, Math.max(0, fraction))));
    }

    @Override
    public boolean cancelled() {
      return cancelled.get();
    }
  }
}
