package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/**
 * A unit of a unit group.
 *
 * @param factor how many reference units of the group one of this unit is (kg → 1, t → 1000)
 */
public record Unit(String id, String name, double factor) {
  public Unit {
    Require.notBlank(id, "unit @id");
    Require.that(Double.isFinite(factor) && factor > 0, "unit factor must be positive");
  }
}
