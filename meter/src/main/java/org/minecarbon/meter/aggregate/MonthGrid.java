package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.IntPredicate;
import org.minecarbon.core.result.Require;

/**
 * Consecutive months in a timezone as epoch-millisecond boundaries: month {@code i} is {@code
 * [start(i), start(i + 1))}, starting at the first instant of local day 1 (contract §3).
 */
public final class MonthGrid {
  private final ZoneId zone;
  private final YearMonth first;
  private final long[] starts;
  private final boolean[] open;

  /**
   * Months {@code first} … {@code last} inclusive; {@code openYear} says which years may change
   * (pieces in a locked year are dropped).
   */
  public MonthGrid(ZoneId zone, YearMonth first, YearMonth last, IntPredicate openYear) {
    Require.that(!last.isBefore(first), "last month before first");
    this.zone = zone;
    this.first = first;
    int n = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    starts = new long[n + 1];
    open = new boolean[n];
    for (int i = 0; i <= n; i++) {
      YearMonth ym = first.plusMonths(i);
      starts[i] = ym.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
      if (i < n) {
        open[i] = openYear.test(ym.getYear());
      }
    }
  }

  /** The months covering {@code from} … {@code to}, every year open. */
  public static MonthGrid covering(ZoneId zone, Instant from, Instant to) {
    return new MonthGrid(
        zone, YearMonth.from(from.atZone(zone)), YearMonth.from(to.atZone(zone)), y -> true);
  }

  public ZoneId zone() {
    return zone;
  }

  public int size() {
    return open.length;
  }

  public YearMonth month(int i) {
    return first.plusMonths(i);
  }

  public long start(int i) {
    return starts[i];
  }

  public boolean isOpen(int i) {
    return open[i];
  }

  /** Month index of {@code epochMillis}; −1 before the grid, {@code size()} after it. */
  public int index(long epochMillis) {
    int k = Arrays.binarySearch(starts, epochMillis);
    return k >= 0 ? Math.min(k, open.length) : -k - 2;
  }

  /** Milliseconds of month {@code i} elapsed at {@code now} (all of it once it has ended). */
  public long elapsed(int i, long now) {
    return Math.max(0, Math.min(starts[i + 1], now) - starts[i]);
  }
}
