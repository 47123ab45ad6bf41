package org.minecarbon.store.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.backup.BackupException;

/**
 * The application tables of the connection's current schema, discovered through JDBC metadata
 * (Flyway's history table excluded) and ordered so that every table comes after the tables its
 * foreign keys reference. Names are compared in lower case, so H2 (upper case) and PostgreSQL
 * (lower case) schemas match.
 */
public final class Schema {
  /** Flyway's own table: never backed up (the restore migrates the target instead). */
  public static final String HISTORY = "flyway_schema_history";

  private final String quote;
  private final Map<String, Table> tables;

  private Schema(String quote, Map<String, Table> tables) {
    this.quote = quote;
    this.tables = tables;
  }

  /** A column: its lower-case name, its name as the database spells it, its JDBC type. */
  public record Column(
      String name, String actual, int sqlType, ColumnKind kind, boolean identity) {}

  /** A table with its columns in order, primary key columns and referenced tables. */
  public record Table(
      String name, String actual, List<Column> columns, List<String> key, Set<String> references) {
    public Optional<Column> column(String lower) {
      return columns.stream().filter(c -> c.name().equals(lower)).findFirst();
    }
  }

  public static Schema read(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    String catalog = c.getCatalog();
    String quote = md.getIdentifierQuoteString().trim();
    Map<String, Table> found = new TreeMap<>();
    try (ResultSet rs = md.getTables(catalog, escape(md, schema), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String actual = rs.getString("TABLE_NAME");
        String lower = actual.toLowerCase(Locale.ROOT);
        if (!lower.equals(HISTORY)) {
          found.put(lower, table(md, catalog, schema, actual));
        }
      }
    }
    return new Schema(quote, order(found));
  }

  /** Tables in foreign-key-safe insert order. */
  public List<Table> tables() {
    return List.copyOf(tables.values());
  }

  public Optional<Table> table(String lower) {
    return Optional.ofNullable(tables.get(lower));
  }

  /** An identifier quoted exactly as the database spells it. */
  public String quoted(String actual) {
    return quote.isEmpty() ? actual : quote + actual.replace(quote, quote + quote) + quote;
  }

  private static Table table(
      DatabaseMetaData md, @Nullable String catalog, @Nullable String schema, String actual)
      throws SQLException {
    String s = escape(md, schema);
    String t = escape(md, actual);
    List<Column> columns = new ArrayList<>();
    try (ResultSet rs = md.getColumns(catalog, s, t, "%")) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME");
        int type = rs.getInt("DATA_TYPE");
        String typeName = String.valueOf(rs.getString("TYPE_NAME"));
        boolean identity = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
        columns.add(
            new Column(
                name.toLowerCase(Locale.ROOT),
                name,
                type,
                ColumnKind.of(type, typeName),
                identity));
      }
    }
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = md.getPrimaryKeys(catalog, schema, actual)) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    Set<String> refs = new TreeSet<>();
    try (ResultSet rs = md.getImportedKeys(catalog, schema, actual)) {
      while (rs.next()) {
        refs.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    String lower = actual.toLowerCase(Locale.ROOT);
    refs.remove(lower);
    return new Table(lower, actual, columns, List.copyOf(key.values()), refs);
  }

  private static @Nullable String escape(DatabaseMetaData md, @Nullable String name)
      throws SQLException {
    if (name == null) {
      return null;
    }
    String esc = md.getSearchStringEscape();
    return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
  }

  /** Kahn's algorithm, alphabetical among tables that are ready at the same time. */
  private static Map<String, Table> order(Map<String, Table> all) {
    Map<String, Table> out = new LinkedHashMap<>();
    while (out.size() < all.size()) {
      Table next =
          all.values().stream()
              .filter(t -> !out.containsKey(t.name()))
              .filter(
                  t ->
                      t.references().stream()
                          .allMatch(r -> out.containsKey(r) || !all.containsKey(r)))
              .findFirst()
              .orElseThrow(
                  () -> new BackupException("foreign keys form a cycle among " + all.keySet()));
      out.put(next.name(), next);
    }
    return out;
  }
}
