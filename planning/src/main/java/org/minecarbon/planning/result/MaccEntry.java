package org.minecarbon.planning.result;

import org.jspecify.annotations.Nullable;

/**
 * One measure alone on the baseline in the reference year (contract §2).
 *
 * @param costPerTonne cost / abatement; null when abatement ≤ 0
 */
public record MaccEntry(
    String measure, int year, double abatement, double cost, @Nullable Double costPerTonne) {}
