package org.minecarbon.lca.model;

import org.minecarbon.core.result.Require;

/**
 * A global or process parameter; a calculated parameter has a formula, an input one a value.
 *
 * @param formula the openLCA formula, empty for an input parameter
 */
public record Parameter(String name, double value, String formula) {
  public Parameter {
    Require.notBlank(name, "parameter name");
  }

  public boolean isCalculated() {
    return !formula.isBlank();
  }
}
