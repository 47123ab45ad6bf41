package org.minecarbon.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk insert through PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on the caller's
 * connection (so inside its transaction: a failure rolls the whole import back). Loaded only when
 * the connection is PostgreSQL, so an H2-only classpath never needs pgjdbc.
 */
final class PgCopy {
  /** Bytes sent per {@code CopyData} message. */
  private static final int CHUNK = 1 << 20;

  private PgCopy() {}

  /**
   * Copies the rows into the table.
   *
   * @param into {@code table (col, col, …)}
   * @param rows one array of values per row (null is SQL NULL)
   * @return the number of rows the server reports copied
   */
  static long copy(Connection c, String into, List<Object[]> rows) throws SQLException {
    CopyIn in =
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + into + " FROM STDIN WITH (FORMAT csv)");
    try {
      if (rows.size() < PIPELINED) {
        StringBuilder csv = new StringBuilder(CHUNK + 4096);
        for (Object[] row : rows) {
          line(csv, row);
          if (csv.length() >= CHUNK) {
            send(in, csv);
          }
        }
        send(in, csv);
      } else {
        pipelined(in, rows);
      }
      return in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** Rows from which the CSV is encoded beside the sending thread. */
  static final int PIPELINED = 10_000;

  /** Marks the end of the encoded chunks. */
  private static final byte[] END = new byte[0];

  /**
   * Sends the rows while the next chunks are encoded beside this thread: the rows' values (a row
   * list may make its documents' text only when read) and their CSV are made while the server takes
   * the chunks already sent. The encoder touches no connection; this thread alone sends. A few
   * chunks wait at most, so memory stays bounded whatever the row count.
   */
  private static void pipelined(CopyIn in, List<Object[]> rows) throws SQLException {
    BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
    FutureTask<Void> encoder =
        new FutureTask<>(
            () -> {
              StringBuilder csv = new StringBuilder(CHUNK + 4096);
              for (Object[] row : rows) {
                line(csv, row);
                if (csv.length() >= CHUNK) {
                  chunks.put(bytes(csv));
                }
              }
              if (!csv.isEmpty()) {
                chunks.put(bytes(csv));
              }
              chunks.put(END);
              return null;
            });
    Thread.ofVirtual().name("copy-encode").start(encoder);
    boolean sent = false;
    try {
      while (true) {
        byte[] chunk = chunks.poll(50, TimeUnit.MILLISECONDS);
        if (chunk == END || (chunk == null && encoder.isDone() && chunks.isEmpty())) {
          break; // all sent, or the encoder failed (read below)
        }
        if (chunk != null) {
          in.writeToCopy(chunk, 0, chunk.length);
        }
      }
      encoder.get();
      sent = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while sending COPY data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new SQLException("cannot encode COPY data: " + e.getCause(), e.getCause());
    } finally {
      if (!sent) {
        // the send failed (or the encoder did): the encoder stops at its next chunk
        encoder.cancel(true);
      }
    }
  }

  private static byte[] bytes(StringBuilder csv) {
    byte[] b = csv.toString().getBytes(StandardCharsets.UTF_8);
    csv.setLength(0);
    return b;
  }

  /**
   * Updates rows by id: the new values are copied into a temporary table (dropped at commit) and
   * joined in one {@code UPDATE table SET col = u.col, …, also FROM … u WHERE table.enterprise_id =
   * ? AND table.id = u.id}.
   *
   * @param rows per row the values of {@code columns}, then the row id
   * @return the number of rows updated
   */
  static int update(
      Connection c,
      String table,
      List<String> columns,
      String also,
      long enterpriseId,
      List<Object[]> rows)
      throws SQLException {
    String cols = String.join(", ", columns);
    // DDL without parameters, still through PreparedStatement (the project's SQL rule: no SQL text
    // through Statement.execute); table and column names are the store's constants, never input
    try (PreparedStatement drop = c.prepareStatement("DROP TABLE IF EXISTS pg_temp.bulk_update")) {
      drop.execute();
    }
    try (PreparedStatement create =
        c.prepareStatement(
            "CREATE TEMP TABLE bulk_update ON COMMIT DROP AS SELECT "
                + cols
                + ", id FROM "
                + table
                + " WITH NO DATA")) {
      create.execute();
    }
    copy(c, "bulk_update (" + cols + ", id)", rows);
    // the planner's row count of the copied table (a temporary table is never auto-analyzed): with
    // none it may join through an index on enterprise_id, once per copied row
    try (PreparedStatement analyze = c.prepareStatement("ANALYZE pg_temp.bulk_update")) {
      analyze.execute();
    }
    StringBuilder set = new StringBuilder();
    for (String col : columns) {
      set.append(set.isEmpty() ? "" : ", ").append(col).append(" = u.").append(col);
    }
    if (!also.isEmpty()) {
      set.append(", ").append(also);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + table
                + " t SET "
                + set
                + " FROM bulk_update u WHERE t.enterprise_id = ? AND t.id = u.id")) {
      ps.setLong(1, enterpriseId);
      int n = ps.executeUpdate();
      try (PreparedStatement drop = c.prepareStatement("DROP TABLE pg_temp.bulk_update")) {
        drop.execute();
      }
      return n;
    }
  }

  /** One CSV record: NULL as an unquoted empty field, every value quoted (quotes doubled). */
  static void line(StringBuilder csv, @Nullable Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      Object v = row[i];
      if (v != null) {
        String s = v.toString();
        csv.append('"');
        // runs between quotes appended whole (a row's JSON has many quotes, each doubled)
        int from = 0;
        for (int q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
          csv.append(s, from, q + 1).append('"');
          from = q + 1;
        }
        csv.append(s, from, s.length()).append('"');
      }
    }
    csv.append('\n');
  }

  private static void send(CopyIn in, StringBuilder csv) throws SQLException {
    if (csv.isEmpty()) {
      return;
    }
    byte[] bytes = bytes(csv);
    in.writeToCopy(bytes, 0, bytes.length);
  }
}
