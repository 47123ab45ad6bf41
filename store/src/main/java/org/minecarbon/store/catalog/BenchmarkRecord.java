package org.minecarbon.store.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A sector benchmark for a product's carbon intensity.
 *
 * @param intensity tCO2e per tonne of product
 * @param sourceNote where the figure comes from (publication, year, scope)
 */
public record BenchmarkRecord(
    long id,
    @Nullable Long groupId,
    String product,
    double intensity,
    int year,
    String sourceNote,
    long version) {}
