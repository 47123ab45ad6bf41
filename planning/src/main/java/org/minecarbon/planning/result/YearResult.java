package org.minecarbon.planning.result;

import java.util.Map;
import org.minecarbon.core.calc.Column;

/**
 * One plan year of the chosen pathway (contract §2).
 *
 * @param emissions the seven emission columns, tCO2e
 * @param total E(t)
 * @param removals R(t), tCO2
 * @param allowances B(t), tCO2e bought
 * @param net total − removals − allowances
 * @param intensity tCO2e per unit of each product with base-year production
 * @param energyBaseline the baseline's own energy cost that year
 */
public record YearResult(
    int year,
    Map<Column, Double> emissions,
    double total,
    double removals,
    double allowances,
    double net,
    Map<String, Double> intensity,
    YearCost cost,
    double energyBaseline) {
  public YearResult {
    emissions = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(emissions));
    intensity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intensity));
  }
}
