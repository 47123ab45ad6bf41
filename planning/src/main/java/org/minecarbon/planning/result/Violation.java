package org.minecarbon.planning.result;

/**
 * A (target, year) no choice can meet even with that target alone, with the least excess.
 *
 * @param target JSON Pointer of the target ({@code /targets/2})
 * @param shortfall tCO2e
 */
public record Violation(String target, String kind, int year, double shortfall) {}
