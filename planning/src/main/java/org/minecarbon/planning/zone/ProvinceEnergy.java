package org.minecarbon.planning.zone;

/**
 * A province's energy balance for one year, the inputs of seed 004's zoning.
 *
 * @param province the province as the inventory names it (e.g. {@code 山西})
 * @param production primary energy production, 10^4 tce (万吨标准煤), ≥ 0
 * @param consumption energy consumption, 10^4 tce, ≥ 0
 * @param newEnergyShare the share of new energy in energy consumption, a fraction 0…1 (seed 004
 *     compares it with 17.5 %)
 * @param source where the figures come from (statistical yearbook, user note)
 */
public record ProvinceEnergy(
    String province,
    int year,
    double production,
    double consumption,
    double newEnergyShare,
    String source) {
  public ProvinceEnergy {
    if (province.isBlank()) {
      throw new IllegalArgumentException("province must not be blank");
    }
    if (!(production >= 0) || !Double.isFinite(production)) {
      throw new IllegalArgumentException("production must be finite and ≥ 0: " + production);
    }
    if (!(consumption >= 0) || !Double.isFinite(consumption)) {
      throw new IllegalArgumentException("consumption must be finite and ≥ 0: " + consumption);
    }
    if (!(newEnergyShare >= 0 && newEnergyShare <= 1)) {
      throw new IllegalArgumentException("newEnergyShare must be in 0…1: " + newEnergyShare);
    }
  }
}
