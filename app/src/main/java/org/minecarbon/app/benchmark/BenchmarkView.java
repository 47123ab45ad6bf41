package org.minecarbon.app.benchmark;

/**
 * A sector benchmark.
 *
 * @param intensity tCO2e per tonne of product
 */
public record BenchmarkView(
    long id, String product, double intensity, int year, String sourceNote, long version) {}
