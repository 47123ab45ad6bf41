package org.minecarbon.core.uncertainty;

import java.util.List;

/**
 * The result of an uncertainty analysis (IPCC 2006 Vol. 1 Ch. 3).
 *
 * @param iterations Monte Carlo iterations run
 * @param seed the random seed; re-running with it reproduces this report exactly
 * @param years one entry per year of the calculation, ascending
 * @param inputs every input's assumed distribution and where it came from
 */
public record UncertaintyReport(
    int iterations, long seed, List<YearUncertainty> years, List<InputUncertainty> inputs) {
  public UncertaintyReport {
    years = List.copyOf(years);
    inputs = List.copyOf(inputs);
  }
}
