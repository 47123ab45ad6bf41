package org.minecarbon.store.period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.internal.Jdbc;

/**
 * Reporting-year workflow state ({@code reporting_period.status/version}) and the verified versions
 * with their snapshots ({@code period_version}). A year without a stored period is a draft of
 * version 1. The transition rules live in the server; this repository only stores.
 */
public final class PeriodRepository {
  private static final String VERSION_COLUMNS =
      "enterprise_id, period_year, version, verified_by, verified_at, reopened_by, reopened_at,"
          + " reopen_reason, snapshot, snapshot_sha256, frozen_json";

  private final Jdbc jdbc;
  private final Clock clock;

  public PeriodRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The year's state (draft version 1 when it has no stored period). */
  public PeriodRecord get(long enterpriseId, int year) {
    return jdbc.queryOne(
            "SELECT enterprise_id, period_year, status, version FROM reporting_period"
                + " WHERE enterprise_id = ? AND period_year = ?",
            PeriodRepository::map,
            enterpriseId,
            year)
        .orElse(new PeriodRecord(enterpriseId, year, PeriodRecord.DRAFT, 1));
  }

  /** The stored periods of the enterprise that are not drafts (their rows must not change). */
  public List<PeriodRecord> frozen(long enterpriseId) {
    return jdbc.query(
        "SELECT enterprise_id, period_year, status, version FROM reporting_period"
            + " WHERE enterprise_id = ? AND status <> 'draft' ORDER BY period_year",
        PeriodRepository::map,
        enterpriseId);
  }

  /**
   * Moves the year from one status to another (and sets its version), creating the period when
   * needed. Locks the period row for the rest of the transaction.
   *
   * @return false when the year was no longer in status {@code from} (a concurrent change)
   */
  public boolean transition(long enterpriseId, int year, String from, String to, int version) {
    return jdbc.inTransaction(
        () -> {
          boolean exists =
              jdbc.queryOne(
                      "SELECT 1 FROM reporting_period WHERE enterprise_id = ? AND period_year = ?",
                      rs -> 1,
                      enterpriseId,
                      year)
                  .isPresent();
          if (!exists) {
            jdbc.insert(
                "INSERT INTO reporting_period (enterprise_id, period_year, status, version)"
                    + " VALUES (?, ?, 'draft', 1)",
                enterpriseId,
                year);
          }
          return jdbc.update(
                  "UPDATE reporting_period SET status = ?, version = ?"
                      + " WHERE enterprise_id = ? AND period_year = ? AND status = ?",
                  to,
                  version,
                  enterpriseId,
                  year,
                  from)
              > 0;
        });
  }

  /** Stores the snapshot of a version being verified; returns its SHA-256. */
  public String addVersion(
      long enterpriseId, int year, int version, String verifiedBy, String snapshot) {
    return addVersion(enterpriseId, year, version, verifiedBy, snapshot, null);
  }

  /**
   * Stores the snapshot of a version being verified with the reference data its reports compare
   * with ({@code frozen}, JSON); returns the snapshot's SHA-256.
   */
  public String addVersion(
      long enterpriseId,
      int year,
      int version,
      String verifiedBy,
      String snapshot,
      @Nullable String frozen) {
    String sha = Sha256.hex(snapshot);
    jdbc.insert(
        "INSERT INTO period_version (enterprise_id, period_year, version, verified_by,"
            + " verified_at, snapshot, snapshot_sha256, frozen_json) VALUES (?, ?, ?, ?, ?, ?, ?,"
            + " ?)",
        enterpriseId,
        year,
        version,
        verifiedBy,
        now(),
        snapshot,
        sha,
        frozen);
    return sha;
  }

  /** Records who reopened a verified version and why. */
  public void markReopened(long enterpriseId, int year, int version, String by, String reason) {
    jdbc.update(
        "UPDATE period_version SET reopened_by = ?, reopened_at = ?, reopen_reason = ?"
            + " WHERE enterprise_id = ? AND period_year = ? AND version = ?",
        by,
        now(),
        reason,
        enterpriseId,
        year,
        version);
  }

  /** The verified versions of a year, oldest first. */
  public List<PeriodVersionRecord> versions(long enterpriseId, int year) {
    return jdbc.query(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM period_version"
            + " WHERE enterprise_id = ? AND period_year = ? ORDER BY version",
        PeriodRepository::version,
        enterpriseId,
        year);
  }

  public Optional<PeriodVersionRecord> version(long enterpriseId, int year, int version) {
    return jdbc.queryOne(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM period_version"
            + " WHERE enterprise_id = ? AND period_year = ? AND version = ?",
        PeriodRepository::version,
        enterpriseId,
        year,
        version);
  }

  /** Whether the enterprise has any verified version (its snapshots must be kept). */
  public boolean hasVersions(long enterpriseId) {
    return jdbc.queryOne(
            "SELECT 1 FROM period_version WHERE enterprise_id = ?", rs -> 1, enterpriseId)
        .isPresent();
  }

  /**
   * Locks the enterprise row until the end of the current transaction, so that a workflow
   * transition and a data change of the same enterprise never interleave (a change checked against
   * a draft year cannot commit after the year was verified).
   */
  public void lockEnterprise(long enterpriseId) {
    jdbc.update("UPDATE enterprise SET version = version WHERE id = ?", enterpriseId);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
  }

  private static PeriodRecord map(ResultSet rs) throws SQLException {
    String status = rs.getString(3);
    return new PeriodRecord(rs.getLong(1), rs.getInt(2), status, rs.getInt(4));
  }

  private static PeriodVersionRecord version(ResultSet rs) throws SQLException {
    return new PeriodVersionRecord(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        rs.getString(6),
        instant(rs.getObject(7, LocalDateTime.class)),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11));
  }

  private static @Nullable Instant instant(@Nullable LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
