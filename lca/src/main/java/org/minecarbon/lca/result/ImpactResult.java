package org.minecarbon.lca.result;

/** One impact category result, e.g. ipcc-ar6-gwp100 / climate change / kg CO2e. */
public record ImpactResult(String method, String category, double amount, String unit) {}
