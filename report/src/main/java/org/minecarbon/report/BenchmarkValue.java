package org.minecarbon.report;

import org.jspecify.annotations.Nullable;

/**
 * An industry-advanced intensity for a product, the yardstick of seed 002 §3.1 ("对标行业先进指标找出差距").
 *
 * @param product product name as in the inventory's production rows ({@code raw coal})
 * @param year the year it applies to, or null for every year
 * @param intensity advanced value in tCO2e per tonne of product
 * @param source where the value comes from (standard, association, peer)
 */
public record BenchmarkValue(
    String product, @Nullable Integer year, double intensity, String source) {
  public BenchmarkValue {
    if (product == null || product.isBlank()) {
      throw new IllegalArgumentException("benchmark product is blank");
    }
    if (!Double.isFinite(intensity) || intensity <= 0) {
      throw new IllegalArgumentException("benchmark intensity must be positive: " + intensity);
    }
    source = source == null ? "" : source;
  }

  /** Whether this value applies to the year: its own year, or any year when it names none. */
  public boolean appliesTo(int y) {
    return year == null || year == y;
  }
}
