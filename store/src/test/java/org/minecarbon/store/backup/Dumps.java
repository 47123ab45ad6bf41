package org.minecarbon.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every table of a database as text, read with plain JDBC ({@code SELECT *}, ordered by the first
 * column), independent of the backup code: binary as hex, everything else through toString.
 */
final class Dumps {
  private Dumps() {}

  static Map<String, List<List<String>>> all(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      Map<String, List<List<String>>> out = new TreeMap<>();
      for (String table : tables(c)) {
        out.put(table.toLowerCase(Locale.ROOT), rows(c, table));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(DataSource ds, String... sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void setBytes(DataSource ds, String sql, byte[] value) {
    try (Connection c = ds.getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setBytes(1, value);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long rowCount(DataSource ds) {
    return all(ds).values().stream().mapToLong(List::size).sum();
  }

  static long max(DataSource ds, String table, String column) {
    return all(ds).get(table).stream().mapToLong(r -> Long.parseLong(r.get(0))).max().orElse(0);
  }

  static List<Long> ids(DataSource ds, String table) {
    return all(ds).get(table).stream().map(r -> Long.parseLong(r.get(0))).toList();
  }

  private static List<String> tables(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> out = new ArrayList<>();
    try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase("flyway_schema_history")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  private static List<List<String>> rows(Connection c, String table) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
        }
        out.add(row);
      }
    }
    return out;
  }
}
