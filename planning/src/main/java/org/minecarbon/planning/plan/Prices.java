package org.minecarbon.planning.plan;

import java.util.Map;

/**
 * Price paths (contract §1): allowance (currency/tCO2e), electricity and export (currency/MWh),
 * fuels by canonical fuel code (currency/t or currency/10^4Nm3). A missing path prices at 0.
 */
public record Prices(
    YearPath allowance, YearPath electricity, YearPath export, Map<String, YearPath> fuel) {
  public Prices {
    fuel = Map.copyOf(fuel);
  }

  public static Prices none() {
    return new Prices(YearPath.EMPTY, YearPath.EMPTY, YearPath.EMPTY, Map.of());
  }

  public YearPath fuel(String canonicalCode) {
    return fuel.getOrDefault(canonicalCode, YearPath.EMPTY);
  }
}
