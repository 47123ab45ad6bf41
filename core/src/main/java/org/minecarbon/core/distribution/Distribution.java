package org.minecarbon.core.distribution;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;

/**
 * The uncertainty of a value as a probability distribution <em>relative to its nominal value</em>
 * (IPCC 2006 Vol. 1 Ch. 3). All parameters are percentages of the nominal value, so the same
 * specification applies to any magnitude: {@code normal:5} means the 95 % interval is ±5 %.
 */
public sealed interface Distribution
    permits Distribution.Normal,
        Distribution.Lognormal,
        Distribution.Triangular,
        Distribution.Uniform {

  /** z for a two-sided 95 % interval. */
  double Z95 = 1.959963984540054;

  /** Symmetric normal; {@code pct95} is the half-width of the 95 % interval in % of nominal. */
  record Normal(double pct95) implements Distribution {
    public Normal {
      Require.that(pct95 >= 0, "normal half-width must be >= 0");
    }

    @Override
    public String spec() {
      return "normal:" + fmt(pct95);
    }
  }

  /**
   * Lognormal fitted so that its 95 % interval is {@code [nominal·(1−lower%), nominal·(1+upper%)]}
   * (IPCC's asymmetric ranges such as −50 %/+100 %). {@code lower} must be below 100.
   */
  record Lognormal(double lowerPct, double upperPct) implements Distribution {
    public Lognormal {
      Require.that(lowerPct >= 0 && lowerPct < 100, "lognormal lower % must be in [0, 100)");
      Require.that(upperPct >= 0, "lognormal upper % must be >= 0");
      Require.that(lowerPct > 0 || upperPct > 0, "lognormal needs a non-zero range");
    }

    @Override
    public String spec() {
      return "lognormal:" + fmt(lowerPct) + ":" + fmt(upperPct);
    }
  }

  /** Triangular with min, mode and max given as % deviations from nominal (e.g. −20, 0, +30). */
  record Triangular(double minPct, double modePct, double maxPct) implements Distribution {
    public Triangular {
      Require.that(
          minPct <= modePct && modePct <= maxPct && minPct < maxPct, "need min <= mode <= max");
      Require.that(minPct >= -100, "triangular min must be >= -100 %");
    }

    @Override
    public String spec() {
      return "triangular:" + fmt(minPct) + ":" + fmt(modePct) + ":" + fmt(maxPct);
    }
  }

  /** Uniform between two % deviations from nominal (e.g. −10, +10). */
  record Uniform(double minPct, double maxPct) implements Distribution {
    public Uniform {
      Require.that(minPct < maxPct, "uniform needs min < max");
      Require.that(minPct >= -100, "uniform min must be >= -100 %");
    }

    @Override
    public String spec() {
      return "uniform:" + fmt(minPct) + ":" + fmt(maxPct);
    }
  }

  /** The compact text form used in factor files: {@code normal:5}, {@code lognormal:50:100}. */
  String spec();

  /** Parses the compact text form; empty for blank text or malformed input. */
  static Optional<Distribution> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] p = text.strip().toLowerCase(Locale.ROOT).split(":");
    double[] v = new double[p.length - 1];
    for (int i = 1; i < p.length; i++) {
      try {
        v[i - 1] = Double.parseDouble(p[i]);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (!Double.isFinite(v[i - 1])) {
        return Optional.empty();
      }
    }
    try {
      return Optional.ofNullable(of(p[0], v));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // parameters out of range
    }
  }

  private static @Nullable Distribution of(String kind, double[] v) {
    return switch (kind) {
      case "normal" -> v.length == 1 ? new Normal(v[0]) : null;
      case "lognormal" ->
          v.length == 1
              ? new Lognormal(Math.min(v[0], 99.9), v[0])
              : v.length == 2 ? new Lognormal(v[0], v[1]) : null;
      case "triangular" -> v.length == 3 ? new Triangular(v[0], v[1], v[2]) : null;
      case "uniform" ->
          v.length == 1 ? new Uniform(-v[0], v[0]) : v.length == 2 ? new Uniform(v[0], v[1]) : null;
      default -> null;
    };
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
