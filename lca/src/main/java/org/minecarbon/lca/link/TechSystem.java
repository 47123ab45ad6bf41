package org.minecarbon.lca.link;

import java.util.List;
import java.util.Map;

/**
 * A linked product system: its providers (matrix columns, index 0 the reference) and, per process,
 * the provider index linked to each exchange (-1 where the exchange is not linked).
 */
public record TechSystem(
    List<TechFlow> providers, Map<String, int[]> links, int linkCount, double referenceAmount) {
  public TechSystem {
    providers = List.copyOf(providers);
    links = Map.copyOf(links);
  }

  public int size() {
    return providers.size();
  }
}
