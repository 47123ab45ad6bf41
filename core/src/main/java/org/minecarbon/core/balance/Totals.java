package org.minecarbon.core.balance;

import java.util.EnumMap;
import java.util.Map;
import org.minecarbon.core.calc.Column;

/** Column totals of one year or month, in tCO2e, with the derived figures of balance result v1. */
public record Totals(Map<Column, Double> columns) {
  /** Net at or below this (tCO2e) counts as neutral (contract v1 §2). */
  public static final double NEUTRAL_TOLERANCE = 0.01;

  public Totals {
    EnumMap<Column, Double> copy = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      copy.put(c, columns.getOrDefault(c, 0.0));
    }
    columns = java.util.Collections.unmodifiableMap(copy);
  }

  public double get(Column c) {
    return columns.get(c);
  }

  /** Eq. (1): the sum of the seven emission columns. */
  public double emissionsTotal() {
    double s = 0;
    for (Column c : Column.EMISSIONS) {
      s += columns.get(c);
    }
    return s;
  }

  /** Physical removals: carbonation + utilization + storage + vegetation. */
  public double removals() {
    return get(Column.CARBONATION)
        + get(Column.UTILIZATION)
        + get(Column.STORAGE)
        + get(Column.VEGETATION);
  }

  /** Market instruments: purchased allowances. */
  public double market() {
    return get(Column.ALLOWANCE);
  }

  /** Eq. (2): removals + market. */
  public double sinksTotal() {
    return removals() + market();
  }

  public double net() {
    return emissionsTotal() - sinksTotal();
  }

  public boolean neutral() {
    return net() <= NEUTRAL_TOLERANCE;
  }

  public double scope1() {
    return emissionsTotal() - scope2();
  }

  public double scope2() {
    return get(Column.ELECTRICITY) + get(Column.HEAT);
  }
}
