package org.minecarbon.store.meter;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL write path of a batch (inside the caller's transaction, which holds the enterprise
 * lock): {@code COPY} of the batch into a temporary staging table, one classification query joining
 * it with the stored readings, one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} of the first
 * line of each key. No statement per reading. Loaded only on a PostgreSQL connection.
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

  private PgReadingCopy() {}

  static BatchOutcome write(Connection c, long enterpriseId, List<StoredReading> batch)
      throws SQLException {
    try (PreparedStatement create = c.prepareStatement(STAGING)) {
      create.execute();
    }
    try (PreparedStatement truncate = c.prepareStatement("TRUNCATE meter_staging")) {
      truncate.execute();
    }
    copy(c, batch);
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

  private static void copy(Connection c, List<StoredReading> batch) throws SQLException {
    StringBuilder sb = new StringBuilder(batch.size() * 48);
    for (int i = 0; i < batch.size(); i++) {
      StoredReading r = batch.get(i);
      // meter ids match [A-Za-z0-9._-]+ and statuses are words: nothing to escape
      sb.append(i).append('\t').append(r.meterId()).append('\t').append(r.atMs());
      num(sb, r.value());
      num(sb, r.flow());
      num(sb, r.concentration());
      sb.append('\t').append(r.status());
      num(sb, r.temperature());
      num(sb, r.pressure());
      sb.append('\n');
    }
    try {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY meter_staging (seq, " + COLUMNS + ") FROM STDIN",
              new StringReader(sb.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY of the readings failed: " + e.getMessage(), e);
    }
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

  private static void num(StringBuilder sb, double d) {
    sb.append('\t');
    if (Double.isNaN(d)) {
      sb.append("\\N");
    } else {
      sb.append(d);
    }
  }
}
