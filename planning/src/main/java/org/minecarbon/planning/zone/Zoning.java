package org.minecarbon.planning.zone;

/**
 * A province's zone with the comparison that decided it.
 *
 * @param basis which of seed 004's criteria decided
 */
public record Zoning(ProvinceEnergy data, Zone zone, Basis basis) {

  /** The criterion that placed the province in its zone. */
  public enum Basis {
    /** 新能源消费占比 > 17.5 %. */
    NEW_ENERGY_SHARE_ABOVE_THRESHOLD,
    /** Energy production > energy consumption (a net energy supplier). */
    PRODUCTION_ABOVE_CONSUMPTION,
    /** Energy production ≤ energy consumption (a net energy user). */
    PRODUCTION_NOT_ABOVE_CONSUMPTION
  }
}
