package org.minecarbon.meter.aggregate;

import java.util.Arrays;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;

/**
 * The keyed state of one meter: its readings sorted by instant in primitive arrays, accepting
 * readings in any order (an in-order reading is an append). Duplicates are resolved on arrival by
 * key (instant): numerically equal → ignored, different → the first is kept ({@code CONFLICT}).
 * {@link Integrator} turns the state into month pieces; the same state serves the batch command,
 * the embedded server and a keyed stream operator.
 */
public final class MeterState {
  /** What became of an offered reading. */
  public enum Outcome {
    ADDED,
    DUPLICATE,
    CONFLICT
  }

  private long[] time = new long[16];
  private double[] a = new double[16];
  private double[] b = new double[16];
  private double[] k = new double[16];
  private byte[] status = new byte[16];
  private int size;

  /** Offers a reading ({@code k}: its own conditions factor, NaN = the meter's). */
  public Outcome add(Reading r, double conditionsFactor) {
    boolean pair = r.isPair();
    return add(
        r.time().toEpochMilli(),
        pair ? r.flow() : r.value(),
        pair ? r.concentration() : Double.NaN,
        r.status(),
        conditionsFactor);
  }

  /** Offers a reading on primitives: value (or flow) {@code va}, concentration {@code vb}. */
  public Outcome add(long t, double va, double vb, Status s, double conditionsFactor) {
    int pos;
    if (size == 0 || t > time[size - 1]) {
      pos = size;
    } else {
      int found = Arrays.binarySearch(time, 0, size, t);
      if (found >= 0) {
        boolean same =
            a[found] == va
                && same(b[found], vb)
                && same(k[found], conditionsFactor)
                && status[found] == s.ordinal();
        return same ? Outcome.DUPLICATE : Outcome.CONFLICT;
      }
      pos = -found - 1;
    }
    insert(pos, t, va, vb, s, conditionsFactor);
    return Outcome.ADDED;
  }

  private static boolean same(double x, double y) {
    return x == y || (Double.isNaN(x) && Double.isNaN(y));
  }

  private void insert(int pos, long t, double va, double vb, Status s, double cf) {
    if (size == time.length) {
      int n = size * 2;
      time = Arrays.copyOf(time, n);
      a = Arrays.copyOf(a, n);
      b = Arrays.copyOf(b, n);
      k = Arrays.copyOf(k, n);
      status = Arrays.copyOf(status, n);
    }
    int tail = size - pos;
    if (tail > 0) {
      System.arraycopy(time, pos, time, pos + 1, tail);
      System.arraycopy(a, pos, a, pos + 1, tail);
      System.arraycopy(b, pos, b, pos + 1, tail);
      System.arraycopy(k, pos, k, pos + 1, tail);
      System.arraycopy(status, pos, status, pos + 1, tail);
    }
    time[pos] = t;
    a[pos] = va;
    b[pos] = vb;
    k[pos] = cf;
    status[pos] = (byte) s.ordinal();
    size++;
  }

  public int size() {
    return size;
  }

  public long time(int i) {
    return time[i];
  }

  /** The value, or the flow of a pair. */
  public double a(int i) {
    return a[i];
  }

  /** The concentration of a pair (NaN for a single value). */
  public double b(int i) {
    return b[i];
  }

  /** The reading's own conditions factor, NaN when it gave none. */
  public double conditionsFactor(int i) {
    return k[i];
  }

  public boolean isOk(int i) {
    return status[i] == 0;
  }

  /** Index of the first reading at or after {@code t}. */
  public int lowerBound(long t) {
    int found = Arrays.binarySearch(time, 0, size, t);
    return found >= 0 ? found : -found - 1;
  }
}
