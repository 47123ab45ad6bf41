package org.minecarbon.core.uncertainty.internal;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.distribution.Distribution;

/**
 * Draws the multiplier (value / nominal) of a {@link Distribution}. A distribution is reduced once
 * to a kind code and three parameters so that the hot loop works on primitive arrays.
 *
 * <ul>
 *   <li>normal: 1 + sd·z with sd = pct95 / 100 / z95; a negative draw is clamped to 0 (a physical
 *       quantity cannot be negative; only matters for half-widths above about 50 %)
 *   <li>lognormal: exp(μ + σ·z) with μ, σ fitted so that the 2.5 % and 97.5 % quantiles are 1 −
 *       lower % and 1 + upper %
 *   <li>triangular and uniform: by inverse CDF on the multipliers 1 + pct / 100
 * </ul>
 */
public final class Sampler {
  public static final byte NONE = 0;
  public static final byte NORMAL = 1;
  public static final byte LOGNORMAL = 2;
  public static final byte TRIANGULAR = 3;
  public static final byte UNIFORM = 4;

  private static final double Z = Distribution.Z95;

  private Sampler() {}

  /**
   * A distribution as a kind code and parameters (normal: sd; lognormal: μ, σ; triangular: min,
   * mode, max multiplier; uniform: min, max multiplier).
   */
  public record Params(byte kind, double p1, double p2, double p3) {
    public static final Params EXACT = new Params(NONE, 0, 0, 0);

    public boolean isExact() {
      return kind == NONE;
    }
  }

  public static Params params(@Nullable Distribution d) {
    if (d == null) {
      return Params.EXACT;
    }
    return switch (d) {
      case Distribution.Normal n ->
          n.pct95() == 0 ? Params.EXACT : new Params(NORMAL, n.pct95() / 100 / Z, 0, 0);
      case Distribution.Lognormal l -> {
        double lo = Math.log1p(-l.lowerPct() / 100);
        double hi = Math.log1p(l.upperPct() / 100);
        yield new Params(LOGNORMAL, (lo + hi) / 2, (hi - lo) / (2 * Z), 0);
      }
      case Distribution.Triangular t ->
          new Params(TRIANGULAR, mult(t.minPct()), mult(t.modePct()), mult(t.maxPct()));
      case Distribution.Uniform u -> new Params(UNIFORM, mult(u.minPct()), mult(u.maxPct()), 0);
    };
  }

  /** One multiplier draw; the hot loop calls this with the flattened parameters. */
  public static double draw(byte kind, double p1, double p2, double p3, SplittableRandom rng) {
    switch (kind) {
      case NORMAL -> {
        double m = 1 + p1 * rng.nextGaussian();
        return m < 0 ? 0 : m;
      }
      case LOGNORMAL -> {
        return Math.exp(p1 + p2 * rng.nextGaussian());
      }
      case TRIANGULAR -> {
        return triangular(p1, p2, p3, rng.nextDouble());
      }
      case UNIFORM -> {
        return p1 + (p2 - p1) * rng.nextDouble();
      }
      default -> {
        return 1;
      }
    }
  }

  /**
   * The half-width of the 95 % interval in % of nominal for Approach 1: the larger of the distances
   * of the 2.5 % and 97.5 % quantiles from 1 (for asymmetric distributions the larger side, so the
   * estimate is conservative). 0 for an exact input.
   */
  public static double halfWidthPct(@Nullable Distribution d) {
    Params p = params(d);
    if (p.isExact()) {
      return 0;
    }
    double lower = quantile(p, 0.025);
    double upper = quantile(p, 0.975);
    return 100 * Math.max(1 - lower, upper - 1);
  }

  /**
   * The 2.5 % or 97.5 % quantile of the multiplier (other probabilities only for
   * triangular/uniform).
   */
  static double quantile(Params p, double prob) {
    double z = prob < 0.5 ? -Z : Z;
    return switch (p.kind()) {
      case NORMAL -> Math.max(0, 1 + p.p1() * z);
      case LOGNORMAL -> Math.exp(p.p1() + p.p2() * z);
      case TRIANGULAR -> triangular(p.p1(), p.p2(), p.p3(), prob);
      case UNIFORM -> p.p1() + (p.p2() - p.p1()) * prob;
      default -> 1;
    };
  }

  private static double triangular(double a, double c, double b, double u) {
    double width = b - a;
    return u * width < c - a
        ? a + Math.sqrt(u * width * (c - a))
        : b - Math.sqrt((1 - u) * width * (b - c));
  }

  private static double mult(double pct) {
    return 1 + pct / 100;
  }
}
