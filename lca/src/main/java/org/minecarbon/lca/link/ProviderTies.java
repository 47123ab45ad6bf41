package org.minecarbon.lca.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a product input is linked when several processes provide its flow and neither {@code
 * --prefer} nor the exchange's default provider decides (footprint contract §2).
 */
public sealed interface ProviderTies {
  /**
   * The contract's rule: a process whose quantitative reference is the flow, then a unit process
   * over an LCI result, then the smallest name (code-point order), then the smallest @id.
   */
  record ByName() implements ProviderTies {}

  /**
   * openLCA 2.4.0's rule for a direct process calculation: its tech index lists the calculated
   * process first, then every provider in the order the database stores exchanges (the order the
   * JSON-LD import wrote the processes), and its default linker keeps the last provider of a flow
   * in that index. So the provider that came last in {@code importOrder} wins, and the calculated
   * process itself only when nothing else provides the flow.
   *
   * @param importOrder process @ids in openLCA's import order (see {@code UslciConformanceTest
   *     reads it from openLCA's database; CLI --provider-order})
   * @param indexRoot the process at the head of openLCA's index; empty = the calculated process
   *     (what a direct calculation does; a result reused for other processes keeps its own root)
   */
  record OpenLca(List<String> importOrder, String indexRoot) implements ProviderTies {
    public OpenLca {
      importOrder = List.copyOf(importOrder);
    }

    /** openLCA's rule for a direct calculation of the process being linked. */
    public OpenLca(List<String> importOrder) {
      this(importOrder, "");
    }

    /** Position of each process in the import order. */
    Map<String, Integer> ranks() {
      Map<String, Integer> r = new HashMap<>();
      for (int i = 0; i < importOrder.size(); i++) {
        r.putIfAbsent(importOrder.get(i), i);
      }
      return r;
    }
  }

  static ProviderTies byName() {
    return new ByName();
  }
}
