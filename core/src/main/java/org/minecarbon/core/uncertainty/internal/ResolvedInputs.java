package org.minecarbon.core.uncertainty.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.uncertainty.InputUncertainty;

/**
 * The distribution of every input of a calculation, after defaults: one activity distribution per
 * line and one slot per distinct uncertain factor (a factor id used by several lines has one slot,
 * so Monte Carlo draws it once per iteration: full correlation).
 *
 * @param activity per line, the activity-data distribution (null = exact)
 * @param factorSlots per line and factor index, the factor's slot in {@code slots} or −1 if exact
 * @param slots the distinct uncertain factors' distributions
 * @param years the calculation's years, ascending
 * @param lineYear per line, the index of its year in {@code years}
 * @param inputs what was assumed, for the report
 */
public record ResolvedInputs(
    @Nullable Distribution[] activity,
    int[][] factorSlots,
    List<Distribution> slots,
    int[] years,
    int[] lineYear,
    List<InputUncertainty> inputs) {

  public ResolvedInputs {
    slots = List.copyOf(slots);
    inputs = List.copyOf(inputs);
  }
}
