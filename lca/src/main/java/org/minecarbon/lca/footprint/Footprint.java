package org.minecarbon.lca.footprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.result.Issue;

/**
 * A mine product's carbon footprint (contract §4), every figure in kg CO2e per t of product.
 * Invariants (tested): {@code total} = Σ {@code byStage} = Σ {@code byOrigin} = Σ contributions.
 *
 * @param tonnes tonnes of the product in the scope and year (the denominator)
 * @param byStage by life-cycle stage code: always the six keys of the contract (exploration,
 *     mining, processing, transport, restoration, unassigned), then smelting and auxiliary when a
 *     row in scope has them
 * @param shares the product-level allocation shares: per product, its share of the scope's value
 *     (mass or money) pooled over the scope's sites
 * @param siteShares the shares actually applied, per site ({@code ""} = the enterprise as a whole)
 * @param contributions one per row, sorted by absolute size, largest first
 * @param method the characterisation method of the upstream terms, null without a background
 */
public record Footprint(
    int year,
    String product,
    double tonnes,
    double total,
    Map<String, Double> byStage,
    Map<Origin, Double> byOrigin,
    AllocationMethod allocation,
    Map<String, Double> shares,
    Map<String, Map<String, Double>> siteShares,
    List<Contribution> contributions,
    GwpSet gwp,
    String factorSet,
    @Nullable String method,
    List<Issue> warnings) {
  public static final String FORMAT = "minecarbon/footprint@1";
  public static final String UNIT = "kgCO2e/t";

  public Footprint {
    Objects.requireNonNull(product, "product");
    byStage = ordered(byStage);
    byOrigin = Map.copyOf(byOrigin);
    shares = ordered(shares);
    siteShares = nested(siteShares);
    contributions = List.copyOf(contributions);
    warnings = List.copyOf(warnings);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Map<String, Map<String, Double>> nested(Map<String, Map<String, Double>> map) {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, ordered(v)));
    return Collections.unmodifiableMap(copy);
  }
}
