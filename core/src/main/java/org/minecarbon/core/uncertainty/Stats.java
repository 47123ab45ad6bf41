package org.minecarbon.core.uncertainty;

/**
 * Monte Carlo summary of one figure (tCO2e). Percentiles are taken exactly from the stored samples
 * with linear interpolation between order statistics.
 *
 * @param nominal the deterministic balance figure
 * @param mean sample mean (differs from nominal for skewed inputs such as lognormal factors)
 * @param median 50th percentile
 * @param sd sample standard deviation (n − 1)
 * @param p025 2.5th percentile: lower bound of the 95 % interval
 * @param p975 97.5th percentile: upper bound of the 95 % interval
 */
public record Stats(
    double nominal, double mean, double median, double sd, double p025, double p975) {

  /** A figure without uncertainty: every statistic equals the nominal value. */
  public static Stats exact(double nominal) {
    return new Stats(nominal, nominal, nominal, 0, nominal, nominal);
  }

  /**
   * How far the 95 % interval reaches below the nominal value, in % of |nominal| (IPCC's "−x %"); 0
   * when both are 0, infinite when only the nominal value is 0.
   */
  public double lowerPct() {
    return relative(nominal - p025);
  }

  /** How far the 95 % interval reaches above the nominal value, in % of |nominal| ("+y %"). */
  public double upperPct() {
    return relative(p975 - nominal);
  }

  private double relative(double delta) {
    if (delta == 0) {
      return 0;
    }
    return nominal == 0 ? Double.POSITIVE_INFINITY : 100 * delta / Math.abs(nominal);
  }
}
