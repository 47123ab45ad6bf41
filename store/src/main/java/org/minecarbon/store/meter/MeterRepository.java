package org.minecarbon.store.meter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.StaleVersionException;
import org.minecarbon.store.StoreException;
import org.minecarbon.store.internal.Jdbc;

/**
 * Meter registries ({@code meter_registry}), readings ({@code meter_reading}, primary key
 * (enterprise, meter, instant), so a key is stored once whatever the callers do) and conflicts
 * ({@code meter_conflict}). Callers classify a batch against {@link #existing} inside a transaction
 * that holds the enterprise lock, then {@link #insert} only new keys.
 */
public final class MeterRepository {
  private static final String READING_COLUMNS =
      "meter_id, at_ms, reading_value, flow, concentration, status, temperature, pressure";

  private final Jdbc jdbc;
  private final Clock clock;

  public MeterRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<RegistryRecord> registry(long enterpriseId) {
    return jdbc.queryOne(
        "SELECT enterprise_id, version, document, updated_by, updated_at FROM meter_registry"
            + " WHERE enterprise_id = ?",
        rs ->
            new RegistryRecord(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDateTime.class)),
        enterpriseId);
  }

  /**
   * Stores the registry document, replacing the current one.
   *
   * @param expectedVersion the version replaced (0 = none yet), or null to overwrite
   * @return the new version
   * @throws StaleVersionException when the stored version is not the expected one
   */
  public long putRegistry(
      long enterpriseId, @Nullable Long expectedVersion, String document, String by) {
    long current = registry(enterpriseId).map(RegistryRecord::version).orElse(0L);
    if (expectedVersion != null && expectedVersion != current) {
      throw new StaleVersionException(
          "meter registry of enterprise", enterpriseId, expectedVersion);
    }
    if (current == 0) {
      jdbc.update(
          "INSERT INTO meter_registry (enterprise_id, version, document, updated_by, updated_at)"
              + " VALUES (?, 1, ?, ?, ?)",
          enterpriseId,
          document,
          by,
          now());
      return 1;
    }
    int n =
        jdbc.update(
            "UPDATE meter_registry SET version = ?, document = ?, updated_by = ?, updated_at = ?"
                + " WHERE enterprise_id = ? AND version = ?",
            current + 1,
            document,
            by,
            now(),
            enterpriseId,
            current);
    if (n != 1) {
      throw new StaleVersionException("meter registry of enterprise", enterpriseId, current);
    }
    return current + 1;
  }

  /** Stored readings of one meter with instants in {@code [fromMs, toMs]}, by instant. */
  public List<StoredReading> existing(long enterpriseId, String meterId, long fromMs, long toMs) {
    return jdbc.query(
        "SELECT "
            + READING_COLUMNS
            + " FROM meter_reading WHERE enterprise_id = ? AND meter_id = ? AND at_ms BETWEEN ? AND ?"
            + " ORDER BY at_ms",
        MeterRepository::map,
        enterpriseId,
        meterId,
        fromMs,
        toMs);
  }

  /** Every stored reading of the enterprise with instants in {@code [fromMs, toMs)}. */
  public List<StoredReading> readings(long enterpriseId, long fromMs, long toMs) {
    return jdbc.query(
        "SELECT "
            + READING_COLUMNS
            + " FROM meter_reading WHERE enterprise_id = ? AND at_ms >= ? AND at_ms < ?"
            + " ORDER BY meter_id, at_ms",
        MeterRepository::map,
        enterpriseId,
        fromMs,
        toMs);
  }

  /** Earliest and latest stored instant of the enterprise's readings; empty when none. */
  public Optional<long[]> span(long enterpriseId) {
    return jdbc.queryOne(
            "SELECT MIN(at_ms), MAX(at_ms), COUNT(*) FROM meter_reading WHERE enterprise_id = ?",
            rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
            enterpriseId)
        .filter(a -> a[2] > 0)
        .map(a -> new long[] {a[0], a[1]});
  }

  /** How many readings the enterprise has stored. */
  public long count(long enterpriseId) {
    return jdbc.queryOne(
            "SELECT COUNT(*) FROM meter_reading WHERE enterprise_id = ?",
            rs -> rs.getLong(1),
            enterpriseId)
        .orElse(0L);
  }

  /**
   * Classifies a batch against the stored readings and stores its new keys, inside the caller's
   * transaction (which must hold the enterprise lock, so nothing else writes the enterprise's
   * readings meanwhile); refuses a missing enterprise. PostgreSQL: a batch that repeats no key and
   * whose meters have no stored reading within their spans (one query) is copied straight into
   * {@code meter_reading} (binary {@code COPY}); otherwise {@code COPY} into a staging table, one
   * classification query, one {@code INSERT … SELECT}. Other databases (H2): one query for the
   * stored readings in the batch's span, one JDBC batch insert. A key repeated in the batch keeps
   * its first line.
   */
  public BatchOutcome write(long enterpriseId, List<StoredReading> batch) {
    if (batch.isEmpty()) {
      return new BatchOutcome(0, 0, List.of());
    }
    requireEnterprise(enterpriseId);
    boolean postgres =
        jdbc.withConnection(c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
    if (postgres) {
      return jdbc.withConnection(c -> PgReadingCopy.write(c, enterpriseId, batch));
    }
    BatchClassifier classified = BatchClassifier.classify(batch, storedInSpan(enterpriseId, batch));
    insertRows(enterpriseId, classified.fresh);
    return classified.outcome();
  }

  /** The stored counterpart of each batch reading (one query over the batch's span). */
  private @Nullable StoredReading[] storedInSpan(long enterpriseId, List<StoredReading> batch) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (StoredReading r : batch) {
      min = Math.min(min, r.atMs());
      max = Math.max(max, r.atMs());
    }
    Map<String, StoredReading> known = new HashMap<>();
    for (StoredReading s :
        jdbc.query(
            "SELECT "
                + READING_COLUMNS
                + " FROM meter_reading WHERE enterprise_id = ? AND at_ms BETWEEN ? AND ?",
            MeterRepository::map,
            enterpriseId,
            min,
            max)) {
      known.put(s.meterId() + '@' + s.atMs(), s);
    }
    @Nullable StoredReading[] stored = new StoredReading[batch.size()];
    for (int i = 0; i < stored.length; i++) {
      StoredReading r = batch.get(i);
      stored[i] = known.get(r.meterId() + '@' + r.atMs());
    }
    return stored;
  }

  /**
   * Locks the enterprise row until the transaction ends and refuses a missing enterprise: what the
   * foreign key checked per reading before V18, once per batch (a deletion locks the row first).
   */
  private void requireEnterprise(long enterpriseId) {
    if (jdbc.update("UPDATE enterprise SET version = version WHERE id = ?", enterpriseId) != 1) {
      throw new StoreException("no enterprise " + enterpriseId + " to store readings for");
    }
  }

  /** Inserts new readings as one JDBC batch (a key already stored fails the transaction). */
  public int insert(long enterpriseId, List<StoredReading> readings) {
    requireEnterprise(enterpriseId);
    return insertRows(enterpriseId, readings);
  }

  private int insertRows(long enterpriseId, List<StoredReading> readings) {
    List<Object[]> rows = new ArrayList<>(readings.size());
    for (StoredReading r : readings) {
      rows.add(
          new Object[] {
            enterpriseId,
            r.meterId(),
            r.atMs(),
            boxed(r.value()),
            boxed(r.flow()),
            boxed(r.concentration()),
            r.status(),
            boxed(r.temperature()),
            boxed(r.pressure())
          });
    }
    return jdbc.batch(
        "INSERT INTO meter_reading (enterprise_id, "
            + READING_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** Records refused conflicting readings. */
  public void recordConflicts(long enterpriseId, List<ConflictRecord> conflicts) {
    List<Object[]> rows = new ArrayList<>(conflicts.size());
    for (ConflictRecord c : conflicts) {
      rows.add(new Object[] {enterpriseId, c.meterId(), c.atMs(), c.received(), c.receivedAt()});
    }
    jdbc.batch(
        "INSERT INTO meter_conflict (enterprise_id, meter_id, at_ms, received, received_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  /** Conflicts of the enterprise with instants in {@code [fromMs, toMs)}, by instant. */
  public List<ConflictRecord> conflicts(long enterpriseId, long fromMs, long toMs) {
    return jdbc.query(
        "SELECT meter_id, at_ms, received, received_at FROM meter_conflict"
            + " WHERE enterprise_id = ? AND at_ms >= ? AND at_ms < ? ORDER BY at_ms, meter_id, id",
        rs ->
            new ConflictRecord(
                rs.getString(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, LocalDateTime.class)),
        enterpriseId,
        fromMs,
        toMs);
  }

  /** The current time as stored in TIMESTAMP columns (UTC, milliseconds). */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
  }

  private static @Nullable Double boxed(double d) {
    return Double.isNaN(d) ? null : d;
  }

  private static StoredReading map(ResultSet rs) throws SQLException {
    return new StoredReading(
        rs.getString(1),
        rs.getLong(2),
        num(rs, 3),
        num(rs, 4),
        num(rs, 5),
        rs.getString(6),
        num(rs, 7),
        num(rs, 8));
  }

  static double num(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : d;
  }
}
