package org.minecarbon.store.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.StaleVersionException;
import org.minecarbon.store.internal.Jdbc;
import org.minecarbon.store.internal.Trees;
import tools.jackson.databind.node.ObjectNode;

/** Activity, sink and production rows, each stored as its document object. */
public final class RowRepository {
  private static final String COLUMNS =
      "id, enterprise_id, kind, position, period_year, period_month, site, row_key, doc, version";

  private final Jdbc jdbc;

  public RowRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows matching the query, ordered by kind and position. */
  public List<RowRecord> list(long enterpriseId, RowQuery query) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM inventory_row WHERE enterprise_id = ?");
    List<Object> params = new ArrayList<>(List.of(enterpriseId));
    if (query.kind() != null) {
      sql.append(" AND kind = ?");
      params.add(query.kind().code());
    }
    if (query.year() != null) {
      sql.append(" AND period_year = ?");
      params.add(query.year());
    }
    if (query.month() != null) {
      sql.append(" AND period_month = ?");
      params.add(query.month());
    }
    if (query.site() != null) {
      sql.append(" AND site = ?");
      params.add(query.site());
    }
    sql.append(" ORDER BY kind, position, id");
    return jdbc.query(sql.toString(), RowRepository::map, params.toArray());
  }

  /** A row's place in the document: kind, index in its array, database id and document id. */
  public record RowKey(long id, RowKind kind, int index, @Nullable String key) {}

  /**
   * The document ids of every row, in document order (activities, sinks, production; each in stored
   * order), without reading the row documents.
   */
  public List<RowKey> keys(long enterpriseId) {
    List<RowKey> out = new ArrayList<>();
    for (RowKind kind : RowKind.values()) {
      List<Object[]> raw =
          jdbc.query(
              "SELECT id, row_key FROM inventory_row WHERE enterprise_id = ? AND kind = ?"
                  + " ORDER BY position, id",
              rs -> new Object[] {rs.getLong(1), rs.getString(2)},
              enterpriseId,
              kind.code());
      for (int i = 0; i < raw.size(); i++) {
        out.add(new RowKey((Long) raw.get(i)[0], kind, i, (String) raw.get(i)[1]));
      }
    }
    return out;
  }

  public Optional<RowRecord> get(long enterpriseId, long rowId) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM inventory_row WHERE enterprise_id = ? AND id = ?",
        RowRepository::map,
        enterpriseId,
        rowId);
  }

  /** The row at an index of its document array (as assembled), e.g. for a JSON Pointer. */
  public Optional<RowRecord> at(long enterpriseId, RowKind kind, int index) {
    List<RowRecord> all = list(enterpriseId, RowQuery.of(kind));
    return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
  }

  /**
   * Inserts rows at the given positions of their kind in one batch (an import of 200,000 rows does
   * not ask for the last position once per row).
   */
  public void insertAll(long enterpriseId, RowKind kind, Map<Integer, ObjectNode> byPosition) {
    if (byPosition.isEmpty()) {
      return;
    }
    // each row's values made when read, so PostgreSQL's COPY encodes the documents' text beside
    // sending (the statements read each row once, the first twice on H2)
    List<Map.Entry<Integer, ObjectNode>> entries = List.copyOf(byPosition.entrySet());
    List<Object[]> rows =
        lazy(
            entries.size(),
            i -> {
              Map.Entry<Integer, ObjectNode> e = entries.get(i);
              return values(
                  new Object[] {enterpriseId, kind.code(), e.getKey()}, e.getValue(), NONE);
            });
    jdbc.insertRows(
        "inventory_row (enterprise_id, kind, position, period_year, period_month, site, row_key,"
            + " doc)",
        rows);
    touch(jdbc, enterpriseId);
  }

  /**
   * Replaces the documents of many rows (row id → document; kind and position stay) in one JDBC
   * batch, bumping each row's version and the enterprise's revision once. No version check: the
   * caller holds the enterprise lock and planned against the current revision.
   */
  public void updateAll(long enterpriseId, Map<Long, ObjectNode> docs) {
    if (docs.isEmpty()) {
      return;
    }
    // each row's values made when read (see insertAll)
    List<Map.Entry<Long, ObjectNode>> entries = List.copyOf(docs.entrySet());
    List<Object[]> rows =
        lazy(
            entries.size(),
            i -> {
              Map.Entry<Long, ObjectNode> e = entries.get(i);
              return values(NONE, e.getValue(), e.getKey());
            });
    jdbc.updateById(
        "inventory_row",
        List.of("period_year", "period_month", "site", "row_key", "doc"),
        "version = version + 1, updated_at = CURRENT_TIMESTAMP",
        enterpriseId,
        rows);
    touch(jdbc, enterpriseId);
  }

  private static final Object[] NONE = {};

  /**
   * A row's statement values: {@code before}, then the columns taken from its document ({@code
   * period_year}, {@code period_month} (null for a yearly row), {@code site}, {@code row_key},
   * {@code doc}), then {@code after}.
   */
  private static Object[] values(Object[] before, ObjectNode doc, Object... after) {
    int[] period = Trees.period(doc);
    Object[] v = Arrays.copyOf(before, before.length + 5 + after.length);
    int at = before.length;
    v[at] = period[0];
    v[at + 1] = period[1] == 0 ? null : period[1];
    v[at + 2] = Trees.string(doc, "site");
    v[at + 3] = Trees.string(doc, "id");
    v[at + 4] = Trees.text(doc);
    System.arraycopy(after, 0, v, at + 5, after.length);
    return v;
  }

  /** A list whose elements are made each time they are read (by the statement that sends them). */
  private static List<Object[]> lazy(int size, IntFunction<Object[]> row) {
    return new AbstractList<>() {
      @Override
      public Object[] get(int index) {
        return row.apply(Objects.checkIndex(index, size));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Deletes many rows of the enterprise in one batch, bumping its revision once. */
  public void deleteAll(long enterpriseId, Collection<Long> rowIds) {
    if (rowIds.isEmpty()) {
      return;
    }
    jdbc.deleteByIds("inventory_row", enterpriseId, rowIds);
    touch(jdbc, enterpriseId);
  }

  /**
   * Moves rows to new positions of their kind (row id → position): on PostgreSQL in a transaction
   * one {@code UPDATE … FROM} a copied table (see {@link #updateAll}), otherwise one batch.
   */
  public void reposition(long enterpriseId, Map<Long, Integer> positions) {
    List<Object[]> rows = new ArrayList<>(positions.size());
    positions.forEach((id, position) -> rows.add(new Object[] {position, id}));
    jdbc.updateById("inventory_row", List.of("position"), "", enterpriseId, rows);
  }

  /** Appends a row after the last of its kind; returns its id. */
  public long add(long enterpriseId, RowKind kind, ObjectNode doc) {
    int position =
        jdbc.queryOne(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM inventory_row"
                    + " WHERE enterprise_id = ? AND kind = ?",
                rs -> rs.getInt(1),
                enterpriseId,
                kind.code())
            .orElse(0);
    long id =
        jdbc.insert(
            "INSERT INTO inventory_row (enterprise_id, kind, position, period_year, period_month,"
                + " site, row_key, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            values(new Object[] {enterpriseId, kind.code(), position}, doc, NONE));
    touch(jdbc, enterpriseId);
    return id;
  }

  /**
   * Replaces a row's document (its kind and position stay).
   *
   * @return false when there is no such row
   * @throws StaleVersionException when an expected version is given and the row changed meanwhile
   */
  public boolean update(
      long enterpriseId, long rowId, ObjectNode doc, @Nullable Long expectedVersion) {
    String sql =
        "UPDATE inventory_row SET period_year = ?, period_month = ?, site = ?, row_key = ?,"
            + " doc = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
            + " WHERE enterprise_id = ? AND id = ?";
    List<Object> params = new ArrayList<>(Arrays.asList(values(NONE, doc, enterpriseId, rowId)));
    if (expectedVersion != null) {
      sql += " AND version = ?";
      params.add(expectedVersion);
    }
    int n = jdbc.update(sql, params.toArray());
    if (n > 0) {
      touch(jdbc, enterpriseId);
    }
    if (n == 0 && expectedVersion != null && get(enterpriseId, rowId).isPresent()) {
      throw new StaleVersionException("row", rowId, expectedVersion);
    }
    return n > 0;
  }

  public boolean delete(long enterpriseId, long rowId) {
    boolean deleted =
        jdbc.update(
                "DELETE FROM inventory_row WHERE enterprise_id = ? AND id = ?", enterpriseId, rowId)
            > 0;
    if (deleted) {
      touch(jdbc, enterpriseId);
    }
    return deleted;
  }

  /** Bumps the enterprise's revision: anything computed from its document is now stale. */
  static void touch(Jdbc jdbc, long enterpriseId) {
    jdbc.update("UPDATE enterprise SET revision = revision + 1 WHERE id = ?", enterpriseId);
  }

  public long count(long enterpriseId) {
    return jdbc.queryOne(
            "SELECT COUNT(*) FROM inventory_row WHERE enterprise_id = ?",
            rs -> rs.getLong(1),
            enterpriseId)
        .orElse(0L);
  }

  private static RowRecord map(ResultSet rs) throws SQLException {
    int month = rs.getInt(6);
    Integer m = rs.wasNull() ? null : month;
    return new RowRecord(
        rs.getLong(1),
        rs.getLong(2),
        RowKind.fromCode(rs.getString(3)).orElseThrow(),
        rs.getInt(4),
        rs.getInt(5),
        m,
        rs.getString(7),
        rs.getString(8),
        Trees.object(rs.getString(9)),
        rs.getLong(10));
  }
}
