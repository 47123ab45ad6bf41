package org.minecarbon.planning.projection;

import java.util.List;

/**
 * How one baseline row contributes to the projection: its balance column, the engine's formula and
 * factors, and its emission (or removal) in every plan year, so each year's total can be explained
 * row by row.
 *
 * @param factors the engine's factor keys with their values ({@code fuel.diesel.ncv=43.33})
 * @param perYear tCO2e (removal rows: tCO2) by plan year index
 */
public record RowTrace(
    String label,
    String pointer,
    String column,
    String formula,
    List<String> factors,
    double[] perYear) {
  public RowTrace {
    factors = List.copyOf(factors);
    perYear = perYear.clone();
  }
}
