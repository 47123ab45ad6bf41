package org.minecarbon.lca.footprint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Calculation;

/**
 * What a footprint is computed from.
 *
 * @param calculation the balance engine's lines of the whole inventory (direct, electricity and
 *     removal terms are taken from it unchanged)
 * @param year the reporting year
 * @param product the product code of the {@code production} rows
 * @param allocation mass or economic
 * @param prices {@code price} per tonne of production rows, by the row's JSON Pointer ({@code
 *     /production/3}); needed for economic allocation only
 * @param materials purchased materials (the inventory's {@code materials[]} extension)
 * @param upstream links and background, or null for a footprint without upstream terms
 */
public record FootprintRequest(
    Calculation calculation,
    int year,
    String product,
    AllocationMethod allocation,
    Map<String, Double> prices,
    List<MaterialRow> materials,
    @Nullable Upstream upstream) {
  public FootprintRequest {
    Objects.requireNonNull(calculation, "calculation");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(allocation, "allocation");
    prices = Map.copyOf(prices);
    materials = List.copyOf(materials);
  }

  /** Links of purchased inputs and the background database they point into. */
  public record Upstream(Links links, Background background, String method) {
    public Upstream {
      Objects.requireNonNull(links, "links");
      Objects.requireNonNull(background, "background");
      Objects.requireNonNull(method, "method");
    }
  }
}
