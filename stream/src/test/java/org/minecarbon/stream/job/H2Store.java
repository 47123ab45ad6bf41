package org.minecarbon.stream.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.minecarbon.stream.sink.JdbcRowSink;
import org.minecarbon.stream.sink.RowSink;
import org.minecarbon.stream.sink.StoreSink;

/** An in-memory H2 store with the sink's test DDL, shared by the job's tasks in this JVM. */
public record H2Store(String url) implements StoreSink.Factory {
  public static H2Store create(String name) throws SQLException, IOException {
    H2Store s = new H2Store("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    String ddl;
    try (InputStream in =
        Objects.requireNonNull(H2Store.class.getResourceAsStream("/stream-schema.sql"))) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = s.connect();
        Statement st = c.createStatement()) {
      for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          st.execute(sql);
        }
      }
    }
    return s;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  @Override
  public RowSink open() {
    return new JdbcRowSink(url, "sa", "");
  }

  /** Stored rows by id: {row_json, revision, completeness, estimated, evidence}. */
  Map<String, Object[]> rows() throws SQLException {
    Map<String, Object[]> out = new LinkedHashMap<>();
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, row_json, revision, completeness, estimated, evidence"
                    + " FROM meter_stream_rows ORDER BY id")) {
      while (rs.next()) {
        out.put(
            rs.getString(1),
            new Object[] {
              rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5), rs.getString(6)
            });
      }
    }
    return out;
  }

  public long count(String table) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Alarms as "code meter epochMillis". */
  java.util.List<String> alarms() throws SQLException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT code, meter, time_ms FROM meter_stream_alarms ORDER BY time_ms, meter, code")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
      }
    }
    return out;
  }
}
