package org.minecarbon.store.meter;

/**
 * One stored reading of an enterprise's meter. Absent numbers are NaN: a single reading has {@code
 * value} (flow and concentration NaN), a pair has flow and concentration (value NaN); temperature
 * and pressure are NaN unless the reading states its own measuring conditions.
 *
 * @param atMs the instant in epoch milliseconds (with the meter, the key)
 * @param status {@code ok}, {@code calibrating} or {@code fault}
 */
public record StoredReading(
    String meterId,
    long atMs,
    double value,
    double flow,
    double concentration,
    String status,
    double temperature,
    double pressure) {

  /** Whether both carry numerically equal values and the same status and conditions. */
  public boolean sameValues(StoredReading o) {
    return same(value, o.value)
        && same(flow, o.flow)
        && same(concentration, o.concentration)
        && status.equals(o.status)
        && same(temperature, o.temperature)
        && same(pressure, o.pressure);
  }

  private static boolean same(double a, double b) {
    return Double.isNaN(a) ? Double.isNaN(b) : a == b;
  }
}
