package org.minecarbon.meter.aggregate;

import java.util.Arrays;

/**
 * One meter's result per month of a {@link MonthGrid}: quantity and its estimated part (row unit),
 * covered milliseconds, and whether any interval touched the month.
 */
public record MonthTotals(
    double[] quantity, double[] estimated, long[] covered, boolean[] touched) {

  public static MonthTotals empty(int months) {
    return new MonthTotals(
        new double[months], new double[months], new long[months], new boolean[months]);
  }

  /** Completeness of month {@code i}: covered ÷ elapsed, 0 when nothing has elapsed, at most 1. */
  public double completeness(MonthGrid grid, int i, long now) {
    long elapsed = grid.elapsed(i, now);
    return elapsed == 0 ? 0.0 : Math.min(1.0, covered[i] / (double) elapsed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthTotals t
        && Arrays.equals(quantity, t.quantity)
        && Arrays.equals(estimated, t.estimated)
        && Arrays.equals(covered, t.covered)
        && Arrays.equals(touched, t.touched);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(quantity) * 31 + Arrays.hashCode(covered);
  }

  @Override
  public String toString() {
    return "MonthTotals" + Arrays.toString(quantity);
  }
}
