package org.minecarbon.core.uncertainty.internal;

import java.util.Arrays;
import org.minecarbon.core.uncertainty.Stats;

/** Summary statistics of stored Monte Carlo samples. */
public final class SampleStats {
  private SampleStats() {}

  /**
   * Mean and sd in iteration order (so the result is deterministic), then percentiles after an
   * in-place sort: linear interpolation between order statistics at h = (n − 1)·p (Hyndman–Fan type
   * 7, numpy's default). Sorts {@code samples}.
   */
  public static Stats of(double nominal, double[] samples) {
    int n = samples.length;
    double sum = 0;
    for (double v : samples) {
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : samples) {
      double d = v - mean;
      ss += d * d;
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    Arrays.sort(samples);
    return new Stats(
        nominal,
        mean,
        percentile(samples, 0.5),
        sd,
        percentile(samples, 0.025),
        percentile(samples, 0.975));
  }

  /** The p-quantile of sorted data (type 7). */
  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = h - lo;
    return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[hi] - sorted[lo]);
  }
}
