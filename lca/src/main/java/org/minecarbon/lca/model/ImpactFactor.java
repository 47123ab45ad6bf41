package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/**
 * A characterisation factor of an imported LCIA category: {@code value} impact units per one {@code
 * unitId} of the flow measured in {@code propertyId}.
 */
public record ImpactFactor(String flowId, double value, String unitId, String propertyId) {
  public ImpactFactor {
    Require.notBlank(flowId, "impact factor flow @id");
    Require.that(Double.isFinite(value), "impact factor must be finite");
  }
}
