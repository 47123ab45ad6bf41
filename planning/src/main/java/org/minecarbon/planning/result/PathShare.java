package org.minecarbon.planning.result;

/**
 * One seed-004 path's part of a plan year: the sum of its active measures' {@link Contribution}s.
 *
 * @param reduction tCO2e of gross emissions cut
 * @param removals tCO2 of removals added
 */
public record PathShare(SeedPath path, double reduction, double removals) {}
