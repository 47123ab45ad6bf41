package org.minecarbon.app.plan;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;

/**
 * The actual figures of an enterprise that a trajectory is compared with: per balance year, gross
 * emissions and intensity per product.
 *
 * @param emissions year → gross emissions (tCO2e, the seven balance columns)
 * @param intensity year → product → emissions / production (tCO2e/t)
 */
public record Actuals(
    SortedMap<Integer, Double> emissions, Map<Integer, Map<String, Double>> intensity) {
  public Actuals {
    emissions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(emissions));
    intensity = Map.copyOf(intensity);
  }

  /** The emissions and intensities of every year of a balance. */
  public static Actuals of(Balance balance) {
    SortedMap<Integer, Double> e = new TreeMap<>();
    Map<Integer, Map<String, Double>> i = new java.util.HashMap<>();
    for (BalanceYear y : balance.years()) {
      e.put(y.year(), y.totals().emissionsTotal());
      i.put(y.year(), y.intensity());
    }
    return new Actuals(e, i);
  }
}
