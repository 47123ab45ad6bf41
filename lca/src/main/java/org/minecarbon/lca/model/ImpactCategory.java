package org.minecarbon.lca.model;

import java.util.List;
import org.minecarbon.core.result.Require;

/** An imported LCIA category (openLCA ImpactCategory): its reference unit and factors. */
public record ImpactCategory(String id, String name, String refUnit, List<ImpactFactor> factors) {
  public ImpactCategory {
    Require.notBlank(id, "impact category @id");
    factors = List.copyOf(factors);
  }
}
