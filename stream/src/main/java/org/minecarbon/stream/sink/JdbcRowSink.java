package org.minecarbon.stream.sink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.minecarbon.stream.job.AcceptedReading;
import org.minecarbon.stream.job.MeterAlarm;
import org.minecarbon.stream.job.RowUpsert;

/**
 * {@link RowSink} over JDBC with standard {@code MERGE} (H2 2.x and PostgreSQL 15+): rows upsert
 * only when the incoming revision is higher, readings, alarms and dead letters insert only when
 * their key is absent. Tables: {@code stream/src/test/resources/stream-schema.sql}.
 */
public final class JdbcRowSink implements RowSink {
  static final String ROWS =
      "MERGE INTO meter_stream_rows t USING (VALUES (?, ?, ?, ?, ?, ?, ?)) AS s(id, revision, row_json,"
          + " quantity, completeness, estimated, evidence) ON t.id = s.id"
          + " WHEN MATCHED AND t.revision < s.revision THEN UPDATE SET revision = s.revision,"
          + " row_json = s.row_json, quantity = s.quantity, completeness = s.completeness,"
          + " estimated = s.estimated, evidence = s.evidence"
          + " WHEN NOT MATCHED THEN INSERT (id, revision, row_json, quantity, completeness,"
          + " estimated, evidence) VALUES (s.id, s.revision, s.row_json, s.quantity,"
          + " s.completeness, s.estimated, s.evidence)";
  static final String READINGS =
      "MERGE INTO meter_stream_readings t USING (VALUES (?, ?, ?)) AS s(meter, instant_ms, line)"
          + " ON t.meter = s.meter AND t.instant_ms = s.instant_ms"
          + " WHEN NOT MATCHED THEN INSERT (meter, instant_ms, line)"
          + " VALUES (s.meter, s.instant_ms, s.line)";
  static final String ALARMS =
      "MERGE INTO meter_stream_alarms t USING (VALUES (?, ?, ?, ?)) AS s(meter, code, time_ms,"
          + " message) ON t.meter = s.meter AND t.code = s.code AND t.time_ms = s.time_ms"
          + " WHEN NOT MATCHED THEN INSERT (meter, code, time_ms, message)"
          + " VALUES (s.meter, s.code, s.time_ms, s.message)";
  static final String REJECTED =
      "MERGE INTO meter_stream_rejected t USING (VALUES (?, ?)) AS s(src, problems)"
          + " ON t.src = s.src WHEN NOT MATCHED THEN INSERT (src, problems)"
          + " VALUES (s.src, s.problems)";

  private final Connection connection;

  public JdbcRowSink(String url, String user, String password) {
    try {
      connection = DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + url, e);
    }
  }

  @Override
  public void upsertRows(List<RowUpsert> rows) {
    batch(
        ROWS,
        rows,
        (ps, r) -> {
          ps.setString(1, r.id());
          ps.setInt(2, r.revision());
          ps.setString(3, r.row());
          ps.setDouble(4, r.quantity());
          ps.setDouble(5, r.completeness());
          ps.setDouble(6, r.estimated());
          ps.setString(7, r.evidence());
        });
  }

  @Override
  public void insertAlarms(List<MeterAlarm> alarms) {
    batch(
        ALARMS,
        alarms,
        (ps, a) -> {
          ps.setString(1, a.meter());
          ps.setString(2, a.code());
          ps.setLong(3, a.time());
          ps.setString(4, a.message());
        });
  }

  @Override
  public void insertReadings(List<AcceptedReading> readings) {
    batch(
        READINGS,
        readings,
        (ps, r) -> {
          ps.setString(1, r.meter());
          ps.setLong(2, r.time());
          ps.setString(3, r.line());
        });
  }

  @Override
  public void reject(List<Rejected> records) {
    batch(
        REJECTED,
        records,
        (ps, r) -> {
          ps.setString(1, r.where());
          ps.setString(2, r.problems());
        });
  }

  private interface Binder<T> {
    void bind(PreparedStatement ps, T value) throws SQLException;
  }

  private <T> void batch(String sql, List<T> values, Binder<T> binder) {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (T v : values) {
        binder.bind(ps, v);
        ps.addBatch();
      }
      ps.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("store write failed", e);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new StoreException("rollback failed", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("close failed", e);
    }
  }
}
