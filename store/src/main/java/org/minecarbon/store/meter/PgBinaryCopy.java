package org.minecarbon.store.meter;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams readings into a {@code COPY … FROM STDIN (FORMAT binary)}: doubles travel as their 8
 * bytes (the stored value is the same bits, no decimal text to format or parse), NaN as NULL, and
 * the rows go to the server in 64 KiB chunks while they are encoded (no text of the whole batch).
 * Loaded only on a PostgreSQL connection.
 */
final class PgBinaryCopy {
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };
  private static final int CHUNK = 1 << 16;

  private final CopyIn in;
  private final byte[] buf = new byte[CHUNK + 1024];
  private int pos;

  private PgBinaryCopy(CopyIn in) {
    this.in = in;
  }

  /**
   * Copies the readings with {@code sql} = {@code COPY t (enterprise_id, meter_id, at_ms, …) FROM
   * STDIN (FORMAT binary)} (first column the enterprise) or, when {@code enterpriseId} is null,
   * {@code COPY t (seq, meter_id, …)} with each reading's batch index as {@code seq}.
   *
   * @return the rows copied
   */
  static long copy(
      CopyManager copy, String sql, @Nullable Long enterpriseId, List<StoredReading> batch)
      throws SQLException {
    PgBinaryCopy w = new PgBinaryCopy(copy.copyIn(sql));
    boolean done = false;
    try {
      w.put(HEADER);
      for (int i = 0; i < batch.size(); i++) {
        w.row(enterpriseId, i, batch.get(i));
      }
      w.putShort(-1);
      w.flush();
      long rows = w.in.endCopy();
      done = true;
      return rows;
    } finally {
      if (!done && w.in.isActive()) {
        w.in.cancelCopy();
      }
    }
  }

  private void row(@Nullable Long enterpriseId, int seq, StoredReading r) throws SQLException {
    if (pos > CHUNK) {
      flush();
    }
    putShort(9);
    if (enterpriseId != null) {
      putInt(8);
      putLong(enterpriseId);
    } else {
      putInt(4);
      putInt(seq);
    }
    text(r.meterId());
    putInt(8);
    putLong(r.atMs());
    num(r.value());
    num(r.flow());
    num(r.concentration());
    text(r.status());
    num(r.temperature());
    num(r.pressure());
  }

  private void text(String s) throws SQLException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    putInt(b.length);
    if (b.length > buf.length - pos) {
      flush();
      in.writeToCopy(b, 0, b.length);
    } else {
      put(b);
    }
  }

  private void num(double d) {
    if (Double.isNaN(d)) {
      putInt(-1);
    } else {
      putInt(8);
      putLong(Double.doubleToRawLongBits(d));
    }
  }

  private void put(byte[] b) {
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
  }

  private void putShort(int v) {
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) v;
  }

  private void putInt(int v) {
    putShort(v >>> 16);
    putShort(v);
  }

  private void putLong(long v) {
    putInt((int) (v >>> 32));
    putInt((int) v);
  }

  private void flush() throws SQLException {
    if (pos > 0) {
      in.writeToCopy(buf, 0, pos);
      pos = 0;
    }
  }
}
