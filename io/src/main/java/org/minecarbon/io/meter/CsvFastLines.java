package org.minecarbon.io.meter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.meter.internal.FastFields;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;

/**
 * The hand-written path for the common CSV line: printable ASCII without quotes or spaces, 3–5
 * fields, a known physical meter of the right shape, a time and numbers in their common forms, an
 * exact lowercase status word. Such a line becomes a reading without any per-field string; for
 * anything else {@link #tryAdd} answers false and the line goes through {@link CsvLines} and {@code
 * ReadingCheck} as before, so accepted readings and issues are the general path's.
 */
final class CsvFastLines {
  private final CsvLines csv;
  private final String[] ids;
  private final Meter[] meters;
  private final int mask;
  private final int[] commas = new int[4];

  CsvFastLines(CsvLines csv, Map<String, Meter> byId) {
    this.csv = csv;
    int size = Integer.highestOneBit(Math.max(4, byId.size() * 4));
    ids = new String[size];
    meters = new Meter[size];
    mask = size - 1;
    for (Map.Entry<String, Meter> e : byId.entrySet()) {
      int slot = e.getKey().hashCode() & mask;
      while (ids[slot] != null) {
        slot = (slot + 1) & mask;
      }
      ids[slot] = e.getKey();
      meters[slot] = e.getValue();
    }
  }

  /** Adds the reading of line {@code s[from, to)} and answers true, or answers false untouched. */
  boolean tryAdd(String s, int from, int to, List<Reading> out) {
    if (from == to) {
      return true;
    }
    if (!csv.started()) {
      return false;
    }
    int n = split(s, from, to);
    if (n < 3) {
      return false;
    }
    int f3 = n > 3 ? commas[2] + 1 : -1;
    int e3 = n > 4 ? commas[3] : to;
    Boolean layout = csv.pairs();
    boolean pair;
    if (layout != null) {
      pair = layout;
    } else if (n == 4) {
      Status st = exactStatus(s, f3, e3);
      if (st == null && !numeric(s, f3, e3)) {
        return false;
      }
      pair = st == null;
    } else {
      pair = n == 5;
    }
    int need = pair ? 4 : 3;
    if (n != need && n != need + 1) {
      return false;
    }
    return add(s, from, to, n, pair, out);
  }

  private boolean add(String s, int from, int to, int n, boolean pair, List<Reading> out) {
    int slot = meter(s, from, commas[0]);
    if (slot < 0) {
      return false;
    }
    Meter m = meters[slot];
    if (m.isVirtual() || m.readsPairs() != pair) {
      return false;
    }
    Instant t = FastFields.time(s, commas[0] + 1, commas[1]);
    double a = FastFields.number(s, commas[1] + 1, n > 3 ? commas[2] : to);
    double b = pair ? FastFields.number(s, commas[2] + 1, n > 4 ? commas[3] : to) : 0;
    if (t == null || Double.isNaN(a) || Double.isNaN(b)) {
      return false;
    }
    int need = pair ? 4 : 3;
    Status st = Status.OK;
    if (n == need + 1) {
      int sf = commas[need - 1] + 1;
      st = sf == to ? Status.OK : exactStatus(s, sf, to);
      if (st == null) {
        return false;
      }
    }
    if (pair && !(a >= 0 && b >= 0 && b <= 100)) {
      return false;
    }
    out.add(
        pair
            ? new Reading(ids[slot], t, Double.NaN, a, b, st, null)
            : new Reading(ids[slot], t, a, Double.NaN, Double.NaN, st, null));
    return true;
  }

  /** Field separators into {@link #commas}; the field count, or 0 for any unusual character. */
  private int split(String s, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ',') {
        if (k == commas.length) {
          return 0;
        }
        commas[k++] = i;
      } else if (c <= ' ' || c >= 0x7F || c == '"') {
        return 0;
      }
    }
    return k + 1;
  }

  /** The slot of the registry meter named {@code s[from, to)}, or −1. */
  private int meter(String s, int from, int to) {
    int len = to - from;
    if (len == 0) {
      return -1;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    for (int slot = h & mask; ids[slot] != null; slot = (slot + 1) & mask) {
      String id = ids[slot];
      if (id.length() == len && s.regionMatches(from, id, 0, len)) {
        return slot;
      }
    }
    return -1;
  }

  private static @Nullable Status exactStatus(String s, int from, int to) {
    for (Status st : Status.values()) {
      String c = st.code();
      if (c.length() == to - from && s.regionMatches(from, c, 0, c.length())) {
        return st;
      }
    }
    return null;
  }

  /** Only digits, '.', '-': certainly no status word in any case. */
  private static boolean numeric(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
