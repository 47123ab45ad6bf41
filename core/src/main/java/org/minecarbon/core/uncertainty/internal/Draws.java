package org.minecarbon.core.uncertainty.internal;

import java.util.Arrays;

/**
 * The kernel's per-kind loops over consecutive iterations: each first fills the raw 64-bit draws in
 * bulk, then transforms them (see {@link Sampler} for the distributions' parametrisation).
 */
final class Draws {
  private Draws() {}

  /** {@code out[off + i] = multiplier draw} for i in [0, len). */
  static void multipliers(
      byte kind,
      double p1,
      double p2,
      double p3,
      FastRandom rng,
      long[] bits,
      double[] out,
      int off,
      int len) {
    Arrays.fill(out, off, off + len, 0.0);
    accumulateAt(kind, 1.0, p1, p2, p3, rng, bits, out, off, len);
  }

  /** {@code sum[i] += base × multiplier draw} for i in [0, len). */
  static void accumulate(
      byte kind,
      double base,
      double p1,
      double p2,
      double p3,
      FastRandom rng,
      long[] bits,
      double[] sum,
      int len) {
    accumulateAt(kind, base, p1, p2, p3, rng, bits, sum, 0, len);
  }

  private static void accumulateAt(
      byte kind,
      double base,
      double p1,
      double p2,
      double p3,
      FastRandom rng,
      long[] bits,
      double[] sum,
      int off,
      int len) {
    switch (kind) {
      case Sampler.NORMAL -> normal(base, p1, rng, sum, off, len);
      case Sampler.LOGNORMAL -> lognormal(base, p1, p2, rng, sum, off, len);
      case Sampler.TRIANGULAR -> triangular(base, p1, p2, p3, rng, bits, sum, off, len);
      case Sampler.UNIFORM -> uniform(base, p1, p2, rng, bits, sum, off, len);
      default -> {
        for (int i = 0; i < len; i++) {
          sum[off + i] += base;
        }
      }
    }
  }

  /** 1 + sd·z, clamped at 0. */
  private static void normal(
      double base, double sd, FastRandom rng, double[] sum, int off, int len) {
    for (int i = 0; i < len; i++) {
      double mult = 1 + sd * rng.nextGaussian();
      sum[off + i] += base * (mult < 0 ? 0 : mult);
    }
  }

  /** exp(μ + σ·z). */
  private static void lognormal(
      double base, double mu, double sigma, FastRandom rng, double[] sum, int off, int len) {
    for (int i = 0; i < len; i++) {
      sum[off + i] += base * Math.exp(mu + sigma * rng.nextGaussian());
    }
  }

  /** Inverse CDF of the triangular (a, c, b) multiplier. */
  private static void triangular(
      double base,
      double a,
      double c,
      double b,
      FastRandom rng,
      long[] bits,
      double[] sum,
      int off,
      int len) {
    rng.fill(bits, len);
    double width = b - a;
    double leftWidth = c - a;
    double right = b - c;
    for (int i = 0; i < len; i++) {
      // branch-free (the branch would be mispredicted half the time): left = 1 when uw < c − a
      double uw = FastRandom.uniform(bits[i]) * width;
      double isLeft = (double) (Double.doubleToRawLongBits(uw - leftWidth) >>> 63);
      double q = Math.sqrt(isLeft * (uw * leftWidth) + (1 - isLeft) * ((width - uw) * right));
      sum[off + i] += base * (isLeft * (a + q) + (1 - isLeft) * (b - q));
    }
  }

  /** a + (b − a)·u. */
  private static void uniform(
      double base,
      double a,
      double b,
      FastRandom rng,
      long[] bits,
      double[] sum,
      int off,
      int len) {
    rng.fill(bits, len);
    double width = b - a;
    for (int i = 0; i < len; i++) {
      sum[off + i] += base * (a + width * FastRandom.uniform(bits[i]));
    }
  }
}
