package org.minecarbon.store.meter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL write path of a batch (inside the caller's transaction, which holds the enterprise
 * lock). Fast path: when the batch repeats no key and one indexed query finds no stored reading of
 * any of its meters within that meter's span, every reading is new and the batch is copied straight
 * into {@code meter_reading} (binary {@code COPY}). Otherwise: {@code COPY} into a temporary
 * staging table, one classification query joining it with the stored readings, one {@code INSERT …
 * SELECT … ON CONFLICT DO NOTHING} of the first line of each key. No statement per reading. Loaded
 * only on a PostgreSQL connection.
 */
final class PgReadingCopy {
  private static final String STAGING =
      "CREATE TEMP TABLE IF NOT EXISTS meter_staging (seq INT NOT NULL,"
          + " meter_id VARCHAR(100) NOT NULL, at_ms BIGINT NOT NULL,"
          + " reading_value DOUBLE PRECISION, flow DOUBLE PRECISION,"
          + " concentration DOUBLE PRECISION, status VARCHAR(16) NOT NULL,"
          + " temperature DOUBLE PRECISION, pressure DOUBLE PRECISION) ON COMMIT DELETE ROWS";
  private static final String COLUMNS =
      "meter_id, at_ms, reading_value, flow, concentration, status, temperature, pressure";
  // LATERAL … LIMIT 1: one index probe per meter (a semi-join may scan the enterprise's readings)
  private static final String OVERLAP =
      "SELECT 1 FROM unnest(?::varchar[], ?::bigint[], ?::bigint[]) AS m(meter_id, lo, hi)"
          + " CROSS JOIN LATERAL (SELECT 1 FROM meter_reading r WHERE r.enterprise_id = ?"
          + " AND r.meter_id = m.meter_id AND r.at_ms BETWEEN m.lo AND m.hi LIMIT 1) AS x LIMIT 1";

  private PgReadingCopy() {}

  /** What a write did and whether it took the fast path (for tests). */
  record Written(BatchOutcome outcome, boolean direct) {}

  static BatchOutcome write(Connection c, long enterpriseId, List<StoredReading> batch)
      throws SQLException {
    return writeTraced(c, enterpriseId, batch).outcome();
  }

  static Written writeTraced(Connection c, long enterpriseId, List<StoredReading> batch)
      throws SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    BatchSpans spans = BatchSpans.of(batch);
    if (!spans.repeatsKey && !overlapsStored(c, enterpriseId, spans)) {
      long n =
          PgBinaryCopy.copy(
              copy,
              "COPY meter_reading (enterprise_id, " + COLUMNS + ") FROM STDIN (FORMAT binary)",
              enterpriseId,
              batch);
      if (n != batch.size()) {
        throw new SQLException("copied " + n + " readings of " + batch.size());
      }
      return new Written(new BatchOutcome(batch.size(), 0, List.of()), true);
    }
    return new Written(staged(c, copy, enterpriseId, batch), false);
  }

  /**
   * Whether any meter of the batch has a stored reading within its span (one indexed probe each).
   */
  private static boolean overlapsStored(Connection c, long enterpriseId, BatchSpans spans)
      throws SQLException {
    Array meters = c.createArrayOf("varchar", spans.meters);
    Array from = c.createArrayOf("bigint", spans.from);
    Array to = c.createArrayOf("bigint", spans.to);
    try (PreparedStatement ps = c.prepareStatement(OVERLAP)) {
      ps.setArray(1, meters);
      ps.setArray(2, from);
      ps.setArray(3, to);
      ps.setLong(4, enterpriseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } finally {
      meters.free();
      from.free();
      to.free();
    }
  }

  private static BatchOutcome staged(
      Connection c, CopyManager copy, long enterpriseId, List<StoredReading> batch)
      throws SQLException {
    try (PreparedStatement create = c.prepareStatement(STAGING)) {
      create.execute();
    }
    try (PreparedStatement truncate = c.prepareStatement("TRUNCATE meter_staging")) {
      truncate.execute();
    }
    PgBinaryCopy.copy(
        copy, "COPY meter_staging (seq, " + COLUMNS + ") FROM STDIN (FORMAT binary)", null, batch);
    BatchClassifier classified = BatchClassifier.classify(batch, stored(c, enterpriseId, batch));
    int inserted;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO meter_reading (enterprise_id, "
                + COLUMNS
                + ") SELECT DISTINCT ON (meter_id, at_ms) CAST(? AS BIGINT), "
                + COLUMNS
                + " FROM meter_staging ORDER BY meter_id, at_ms, seq ON CONFLICT DO NOTHING")) {
      ps.setLong(1, enterpriseId);
      inserted = ps.executeUpdate();
    }
    if (inserted != classified.fresh.size()) {
      // only a writer bypassing the enterprise lock can cause this; the transaction rolls back
      throw new SQLException(
          "inserted " + inserted + " readings, classified " + classified.fresh.size() + " as new");
    }
    return classified.outcome();
  }

  private static @Nullable StoredReading[] stored(
      Connection c, long enterpriseId, List<StoredReading> batch) throws SQLException {
    @Nullable StoredReading[] stored = new StoredReading[batch.size()];
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.seq, r.reading_value, r.flow, r.concentration, r.status, r.temperature,"
                + " r.pressure FROM meter_staging s JOIN meter_reading r ON r.enterprise_id = ?"
                + " AND r.meter_id = s.meter_id AND r.at_ms = s.at_ms")) {
      ps.setLong(1, enterpriseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int seq = rs.getInt(1);
          StoredReading b = batch.get(seq);
          stored[seq] =
              new StoredReading(
                  b.meterId(),
                  b.atMs(),
                  MeterRepository.num(rs, 2),
                  MeterRepository.num(rs, 3),
                  MeterRepository.num(rs, 4),
                  rs.getString(5),
                  MeterRepository.num(rs, 6),
                  MeterRepository.num(rs, 7));
        }
      }
    }
    return stored;
  }
}
