package org.minecarbon.planning.result;

/**
 * What one active measure contributes in one plan year, exactly as the programme counts it: its
 * change of gross emissions and of removals on the scaled baseline (contract §1.3: effects are
 * additive, so the contributions of the active measures add up to the year's change).
 *
 * @param reduction baseline E − E with the measure's effects (tCO2e; negative when it adds)
 * @param removals removals it adds (tCO2)
 */
public record Contribution(String measure, SeedPath path, double reduction, double removals) {
  /** reduction + removals. */
  public double abatement() {
    return reduction + removals;
  }
}
