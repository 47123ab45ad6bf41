package org.minecarbon.lca.model;

import java.util.List;
import org.minecarbon.core.result.Require;

/** A unit group with its reference unit (factor 1) and the other units. */
public record UnitGroup(String id, String name, String referenceUnitId, List<Unit> units) {
  public UnitGroup {
    Require.notBlank(id, "unit group @id");
    units = List.copyOf(units);
  }

  public Unit referenceUnit() {
    return units.stream()
        .filter(u -> u.id().equals(referenceUnitId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unit group " + id + " lost its reference"));
  }
}
