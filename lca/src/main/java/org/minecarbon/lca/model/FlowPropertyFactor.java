package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/**
 * How much of a property one reference amount of a flow has (openLCA: amount of the property per
 * unit of the flow's reference property); an exchange in this property is divided by it.
 */
public record FlowPropertyFactor(String propertyId, double factor, boolean reference) {
  public FlowPropertyFactor {
    Require.notBlank(propertyId, "flow property @id");
    Require.that(Double.isFinite(factor) && factor != 0, "flow property factor must be non-zero");
  }
}
