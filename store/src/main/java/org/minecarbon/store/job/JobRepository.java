package org.minecarbon.store.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.internal.Jdbc;

/**
 * Jobs in table {@code job}: created running, then finished once (done, failed or cancelled) with
 * their result. A job's progress while it runs lives in memory; the store keeps what must survive a
 * restart.
 */
public final class JobRepository {
  /** The states of a job. */
  public static final String RUNNING = "running";

  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";

  private static final String COLUMNS =
      "id, kind, group_id, enterprise_id, scope_key, state, progress, params_json, result_json,"
          + " issues_json, started_by, created_at, finished_at";

  private final Jdbc jdbc;
  private final Clock clock;

  public JobRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a new running job; returns it as stored. */
  public JobRecord create(
      String id,
      String kind,
      @Nullable Long groupId,
      @Nullable Long enterpriseId,
      String scopeKey,
      String paramsJson,
      String startedBy) {
    Instant now = clock.instant();
    jdbc.update(
        "INSERT INTO job (id, kind, group_id, enterprise_id, scope_key, state, progress,"
            + " params_json, started_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        id,
        kind,
        groupId,
        enterpriseId,
        scopeKey,
        RUNNING,
        paramsJson,
        startedBy,
        Timestamp.from(now));
    return get(id).orElseThrow();
  }

  /**
   * Finishes a running job (a job already finished, e.g. cancelled, stays as it is).
   *
   * @return whether the job was running and is now finished
   */
  public boolean finish(
      String id,
      String state,
      double progress,
      @Nullable String resultJson,
      @Nullable String issuesJson) {
    return jdbc.update(
            "UPDATE job SET state = ?, progress = ?, result_json = ?, issues_json = ?,"
                + " finished_at = ? WHERE id = ? AND state = ?",
            state,
            progress,
            resultJson,
            issuesJson,
            Timestamp.from(clock.instant()),
            id,
            RUNNING)
        == 1;
  }

  public Optional<JobRecord> get(String id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM job WHERE id = ?", JobRepository::map, id);
  }

  /** The jobs of a kind for an enterprise, newest first. */
  public List<JobRecord> list(long enterpriseId, String kind, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM job WHERE enterprise_id = ? AND kind = ? ORDER BY created_at DESC, id"
            + " FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        JobRepository::map,
        enterpriseId,
        kind);
  }

  /**
   * Marks every job still running as failed with the given issues: at start-up, such a job was
   * interrupted by a restart (its thread is gone).
   *
   * @return how many jobs were marked
   */
  public int failRunning(String issuesJson) {
    return jdbc.update(
        "UPDATE job SET state = ?, issues_json = ?, finished_at = ? WHERE state = ?",
        FAILED,
        issuesJson,
        Timestamp.from(clock.instant()),
        RUNNING);
  }

  /** Deletes finished jobs created before the instant; returns how many. */
  public int purgeFinishedBefore(Instant before) {
    return jdbc.update(
        "DELETE FROM job WHERE state <> ? AND created_at < ?", RUNNING, Timestamp.from(before));
  }

  private static JobRecord map(ResultSet rs) throws SQLException {
    long group = rs.getLong(3);
    Long groupId = rs.wasNull() ? null : group;
    long enterprise = rs.getLong(4);
    Long enterpriseId = rs.wasNull() ? null : enterprise;
    Timestamp finished = rs.getTimestamp(13);
    return new JobRecord(
        rs.getString(1),
        rs.getString(2),
        groupId,
        enterpriseId,
        rs.getString(5),
        rs.getString(6),
        rs.getDouble(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getTimestamp(12).toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
