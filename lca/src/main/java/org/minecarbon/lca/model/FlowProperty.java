package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/** A quantity kind (mass, energy, items) measured in the units of one unit group. */
public record FlowProperty(String id, String name, String unitGroupId) {
  public FlowProperty {
    Require.notBlank(id, "flow property @id");
  }
}
