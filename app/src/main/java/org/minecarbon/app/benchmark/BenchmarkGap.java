package org.minecarbon.app.benchmark;

/**
 * The gap of an intensity to an industry-advanced benchmark (seed 002 §3.1: 对标行业先进指标找出差距): positive
 * means above (worse than) the benchmark.
 */
public final class BenchmarkGap {
  private BenchmarkGap() {}

  /** Intensity minus benchmark, tCO2e/t. */
  public static double gap(double intensity, BenchmarkView b) {
    return intensity - b.intensity();
  }

  /** The gap relative to the benchmark, in percent; NaN for a zero benchmark. */
  public static double percent(double intensity, BenchmarkView b) {
    return b.intensity() == 0 ? Double.NaN : 100.0 * gap(intensity, b) / b.intensity();
  }
}
