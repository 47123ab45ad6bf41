package org.minecarbon.lca.uncertainty;

import java.util.random.RandomGenerator;
import org.minecarbon.lca.model.Uncertainty;

/** Draws one value from an exchange distribution, with openLCA's parameterisation. */
final class Sampler {
  private Sampler() {}

  static double draw(Uncertainty u, RandomGenerator rnd) {
    return switch (u) {
      case Uncertainty.LogNormal l ->
          l.geomSd() > 0
              ? Math.signum(l.geomMean())
                  * Math.exp(
                      Math.log(Math.abs(l.geomMean())) + Math.log(l.geomSd()) * rnd.nextGaussian())
              : l.geomMean();
      case Uncertainty.Normal n -> n.mean() + n.sd() * rnd.nextGaussian();
      case Uncertainty.Uniform v -> v.min() + (v.max() - v.min()) * rnd.nextDouble();
      case Uncertainty.Triangle t -> triangle(t, rnd.nextDouble());
    };
  }

  /** Inverse CDF of the triangular distribution. */
  static double triangle(Uncertainty.Triangle t, double p) {
    double a = t.min();
    double b = t.max();
    double c = t.mode();
    if (b <= a) {
      return c;
    }
    double fc = (c - a) / (b - a);
    return p < fc
        ? a + Math.sqrt(p * (b - a) * (c - a))
        : b - Math.sqrt((1 - p) * (b - a) * (b - c));
  }
}
