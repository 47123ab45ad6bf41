package org.minecarbon.planning.result;

import java.util.List;
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
 * @param contributions each active measure's exact part, in the document's measure order
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
    double energyBaseline,
    List<Contribution> contributions) {
  public YearResult {
    emissions = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(emissions));
    intensity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intensity));
    contributions = List.copyOf(contributions);
  }

  /** A year without per-measure contributions (no measure active). */
  public YearResult(
      int year,
      Map<Column, Double> emissions,
      double total,
      double removals,
      double allowances,
      double net,
      Map<String, Double> intensity,
      YearCost cost,
      double energyBaseline) {
    this(
        year,
        emissions,
        total,
        removals,
        allowances,
        net,
        intensity,
        cost,
        energyBaseline,
        List.of());
  }

  /**
   * The year's change split over the seed-004 paths (every path, in {@link SeedPath} order): the
   * contributions of each path's measures summed in the document's measure order.
   */
  public List<PathShare> paths() {
    double[] reduction = new double[SeedPath.values().length];
    double[] removed = new double[reduction.length];
    for (Contribution c : contributions) {
      reduction[c.path().ordinal()] += c.reduction();
      removed[c.path().ordinal()] += c.removals();
    }
    List<PathShare> out = new java.util.ArrayList<>();
    for (SeedPath p : SeedPath.values()) {
      out.add(new PathShare(p, reduction[p.ordinal()], removed[p.ordinal()]));
    }
    return List.copyOf(out);
  }
}
