package org.minecarbon.core.uncertainty;

import java.util.function.DoubleConsumer;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.internal.Analysis;

/**
 * Uncertainty of a carbon balance after IPCC 2006 Vol. 1 Ch. 3.
 *
 * <p><b>Approach 2 (Monte Carlo).</b> Every input is a multiplier on its nominal value drawn from
 * its {@link Distribution}: each row's activity data (the row's own {@code uncertainty}, else the
 * default for its source, see {@code /uncertainty/activity-defaults.csv}) and each factor with a
 * stated uncertainty. A factor is drawn <em>once per iteration</em> per factor id, so every line
 * that uses, say, the default diesel NCV moves together (full correlation); activity data are drawn
 * independently for every term of every row (ventilation and drainage are metered separately).
 * Purchased allowances are exact. Per year the columns, emissions, sinks and net are summarised by
 * mean, median, sd and the 2.5/97.5 % percentiles.
 *
 * <p><b>Approach 1 (error propagation)</b> is reported alongside; it ignores correlations.
 */
public final class UncertaintyAnalysis {
  private UncertaintyAnalysis() {}

  /**
   * Runs both approaches.
   *
   * @param progress receives the fraction done (0..1, non-decreasing) on the calling thread
   * @return the report, or {@code INVALID_ARGUMENT} errors for bad options (every problem listed)
   */
  public static Result<UncertaintyReport> run(
      Calculation calculation, UncertaintyOptions options, DoubleConsumer progress) {
    return Analysis.run(calculation, options, progress);
  }
}
