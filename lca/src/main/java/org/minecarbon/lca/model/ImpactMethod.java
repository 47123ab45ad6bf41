package org.minecarbon.lca.model;

import java.util.List;
import org.minecarbon.core.result.Require;

/** An imported LCIA method (openLCA ImpactMethod): a named set of impact categories. */
public record ImpactMethod(String id, String name, List<ImpactCategory> categories) {
  public ImpactMethod {
    Require.notBlank(id, "impact method @id");
    categories = List.copyOf(categories);
  }
}
