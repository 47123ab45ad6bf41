package org.minecarbon.core.balance;

import java.util.Map;
import java.util.SortedMap;

/**
 * One year of the balance result v1.
 *
 * @param year calendar year
 * @param totals column totals (monthly and annual rows of the year)
 * @param byGas tonnes of each gas (not CO2e) over the seven emission columns
 * @param bySite emissions (tCO2e) by site id
 * @param byStage emissions (tCO2e) by stage code
 * @param production product → tonnes produced in the year
 * @param intensity product → emissions total / production (tCO2e/t)
 * @param energyTce comprehensive energy consumption (tce, GB/T 2589 equivalent values)
 * @param energyIntensity product → tce per t
 * @param months month (1..12) → totals of the monthly rows of that month; annual rows appear in no
 *     month
 */
public record BalanceYear(
    int year,
    Totals totals,
    Map<String, Double> byGas,
    Map<String, Double> bySite,
    Map<String, Double> byStage,
    Map<String, Double> production,
    Map<String, Double> intensity,
    double energyTce,
    Map<String, Double> energyIntensity,
    SortedMap<Integer, Totals> months) {
  public BalanceYear {
    byGas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGas));
    bySite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySite));
    byStage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStage));
    production = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(production));
    intensity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intensity));
    energyIntensity =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(energyIntensity));
    months = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(months));
  }
}
