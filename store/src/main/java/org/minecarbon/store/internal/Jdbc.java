package org.minecarbon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.StoreException;

/**
 * Small JDBC helper. A transaction binds one connection to the calling thread; every statement run
 * inside it uses that connection, so a whole import commits or rolls back together.
 */
public final class Jdbc {
  private final DataSource dataSource;
  private final ThreadLocal<@Nullable Connection> bound = new ThreadLocal<>();

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Maps one result-set row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs work in one transaction (joins the current one when called inside it). */
  public <T> T inTransaction(Supplier<T> work) {
    if (bound.get() != null) {
      return work.get();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      bound.set(c);
      try {
        T result = work.get();
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        bound.remove();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction failed: " + e.getMessage(), e);
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    return run(
        sql,
        ps -> {
          bind(ps, params);
          List<T> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(mapper.map(rs));
            }
          }
          return out;
        },
        false);
  }

  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    List<T> all = query(sql, mapper, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public int update(String sql, @Nullable Object... params) {
    return run(
        sql,
        ps -> {
          bind(ps, params);
          return ps.executeUpdate();
        },
        false);
  }

  /** Runs one statement for every parameter row as a JDBC batch; returns how many rows ran. */
  public int batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    return run(
        sql,
        ps -> {
          for (Object[] row : rows) {
            bind(ps, row);
            ps.addBatch();
          }
          ps.executeBatch();
          return rows.size();
        },
        false);
  }

  /** Ids per {@link #deleteByIds} statement. */
  private static final int IDS_PER_DELETE = 10_000;

  /**
   * Deletes rows of one enterprise by id with one {@code DELETE … WHERE enterprise_id = ? AND id =
   * ANY(?)} per 10,000 ids, not one statement per row. A per-row statement run as a JDBC batch is
   * prepared once on PostgreSQL and, after five runs, executed with a generic plan; with stale
   * statistics that plan can take an index on {@code enterprise_id} and scan every row of the
   * enterprise once per deleted row (seen: 15,641 deletes from a 214,079-row enterprise still
   * running after six minutes). One statement over many ids is at worst one scan.
   *
   * @return the number of rows deleted
   */
  public int deleteByIds(String table, long enterpriseId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    Long[] all = ids.toArray(Long[]::new);
    return run(
        "DELETE FROM " + table + " WHERE enterprise_id = ? AND id = ANY(?)",
        ps -> {
          int deleted = 0;
          for (int from = 0; from < all.length; from += IDS_PER_DELETE) {
            Object[] chunk =
                java.util.Arrays.copyOfRange(
                    all, from, Math.min(all.length, from + IDS_PER_DELETE));
            ps.setLong(1, enterpriseId);
            ps.setArray(2, ps.getConnection().createArrayOf("BIGINT", chunk));
            deleted += ps.executeUpdate();
          }
          return deleted;
        },
        false);
  }

  /** Rows per multi-row INSERT: 500 × a few columns stays far below PostgreSQL's 32,767 binds. */
  private static final int ROWS_PER_INSERT = 500;

  /**
   * Inserts many rows with multi-row {@code INSERT … VALUES (…), (…), …} statements of up to 500
   * rows, sent as one JDBC batch (what pgjdbc's {@code reWriteBatchedInserts} would do, on H2 and
   * PostgreSQL alike): one statement per 500 rows instead of one per row. On PostgreSQL inside a
   * transaction the rows go through {@code COPY … FROM STDIN} instead ({@link PgCopy}), in the same
   * transaction.
   *
   * @param into {@code table (col, col, …)}
   * @param rows one array of values per row, each as long as the column list
   */
  public int insertRows(String into, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    Connection current = bound.get();
    if (current != null && postgres(current)) {
      try {
        return (int) PgCopy.copy(current, into, rows);
      } catch (SQLException e) {
        throw new StoreException("COPY failed (" + e.getSQLState() + "): " + e.getMessage(), e);
      }
    }
    int columns = rows.get(0).length;
    int full = rows.size() / ROWS_PER_INSERT;
    int rest = rows.size() % ROWS_PER_INSERT;
    if (full > 0) {
      run(
          valuesSql(into, columns, ROWS_PER_INSERT),
          ps -> {
            for (int chunk = 0; chunk < full; chunk++) {
              bindRows(ps, rows.subList(chunk * ROWS_PER_INSERT, (chunk + 1) * ROWS_PER_INSERT));
              ps.addBatch();
            }
            ps.executeBatch();
            return full;
          },
          false);
    }
    if (rest > 0) {
      run(
          valuesSql(into, columns, rest),
          ps -> {
            bindRows(ps, rows.subList(full * ROWS_PER_INSERT, rows.size()));
            return ps.executeUpdate();
          },
          false);
    }
    return rows.size();
  }

  /**
   * Updates many rows of one enterprise by id: {@code UPDATE table SET col = ?, …, also WHERE
   * enterprise_id = ? AND id = ?} as one JDBC batch. On PostgreSQL inside a transaction the new
   * values go through {@code COPY} into a temporary table and one {@code UPDATE … FROM} joins it
   * ({@link PgCopy#update}), in the same transaction: one statement instead of one per row.
   *
   * @param columns the columns set from each row's values
   * @param also further assignments without parameters (e.g. {@code version = version + 1})
   * @param rows per row the values of {@code columns}, then the row id
   */
  public int updateById(
      String table, List<String> columns, String also, long enterpriseId, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    Connection current = bound.get();
    if (current != null && postgres(current)) {
      try {
        return PgCopy.update(current, table, columns, also, enterpriseId, rows);
      } catch (SQLException e) {
        throw new StoreException(
            "bulk UPDATE failed (" + e.getSQLState() + "): " + e.getMessage(), e);
      }
    }
    List<Object[]> params = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object[] p = java.util.Arrays.copyOf(row, row.length + 1);
      p[row.length - 1] = enterpriseId;
      p[row.length] = row[row.length - 1];
      params.add(p);
    }
    String set = String.join(" = ?, ", columns) + " = ?" + (also.isEmpty() ? "" : ", " + also);
    return batch("UPDATE " + table + " SET " + set + " WHERE enterprise_id = ? AND id = ?", params);
  }

  /** Whether the connection is PostgreSQL (checked by name: pgjdbc may be absent with H2). */
  private static boolean postgres(Connection c) {
    try {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot read the database's product name: " + e.getMessage(), e);
    }
  }

  private static String valuesSql(String into, int columns, int rows) {
    String one = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    return "INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(rows, one));
  }

  private static void bindRows(PreparedStatement ps, List<Object[]> rows) throws SQLException {
    int offset = 0;
    for (Object[] row : rows) {
      bind(ps, offset, row);
      offset += row.length;
    }
  }

  /** Inserts one row and returns its generated id (the table's first column). */
  public long insert(String sql, @Nullable Object... params) {
    return run(
        sql,
        ps -> {
          bind(ps, params);
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
              throw new SQLException("no generated key");
            }
            return keys.getLong(1);
          }
        },
        true);
  }

  /** Work on a JDBC connection (for driver-specific paths such as PostgreSQL COPY). */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work on the current transaction's connection (a fresh connection outside a transaction);
   * the work must not commit, roll back or close it.
   */
  public <T> T withConnection(ConnectionWork<T> work) {
    Connection current = bound.get();
    try {
      if (current != null) {
        return work.run(current);
      }
      try (Connection c = dataSource.getConnection()) {
        return work.run(c);
      }
    } catch (SQLException e) {
      throw new StoreException("SQL failed (" + e.getSQLState() + "): " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  private <T> T run(String sql, Work<T> work, boolean keys) {
    Connection current = bound.get();
    try {
      if (current != null) {
        return execute(current, sql, work, keys);
      }
      try (Connection c = dataSource.getConnection()) {
        return execute(c, sql, work, keys);
      }
    } catch (SQLException e) {
      throw new StoreException("SQL failed (" + e.getSQLState() + "): " + e.getMessage(), e);
    }
  }

  private static <T> T execute(Connection c, String sql, Work<T> work, boolean keys)
      throws SQLException {
    try (PreparedStatement ps =
        keys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql)) {
      return work.run(ps);
    }
  }

  private static void bind(PreparedStatement ps, @Nullable Object... params) throws SQLException {
    bind(ps, 0, params);
  }

  private static void bind(PreparedStatement ps, int offset, @Nullable Object[] params)
      throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      int at = offset + i + 1;
      if (p == null) {
        ps.setNull(at, Types.NULL);
      } else if (p instanceof String s) {
        ps.setString(at, s);
      } else {
        ps.setObject(at, p);
      }
    }
  }
}
