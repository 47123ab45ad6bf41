package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Conservative substitution (contract §2): each clock hour of a gap (local hours of the registry
 * timezone) is filled with the highest rate — the lowest for credit kinds — among the ok readings
 * of the same hour on each of the previous 7 days. An hour without such history falls back to the
 * trapezoid bridge for that hour.
 */
final class Substitutes {
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 86_400_000L;

  private final MeterState s;
  private final ZoneId zone;
  private final boolean lowest;
  private final double scale;
  private final double meterK;

  Substitutes(MeterState s, ZoneId zone, boolean lowest, double scale, double meterK) {
    this.s = s;
    this.zone = zone;
    this.lowest = lowest;
    this.scale = scale;
    this.meterK = meterK;
  }

  void fill(Pieces pieces, long ta, long tb, double ra, double rb) {
    long t0 = ta;
    double slope = (rb - ra) / (tb - ta);
    while (t0 < tb) {
      long hour = hourStart(t0);
      long t1 = Math.min(hour + HOUR, tb);
      double r = extreme(hour);
      if (Double.isNaN(r)) {
        pieces.trapezoid(
            t0, t1, ra + slope * (t0 - ta), t1 == tb ? rb : ra + slope * (t1 - ta), true);
      } else {
        pieces.uniform(t0, t1, r * (t1 - t0) / 1000.0, true);
      }
      t0 = t1;
    }
  }

  /** The extreme ok rate in [hour − k days, hour − k days + 1 h) for k = 1…7; NaN when none. */
  double extreme(long hour) {
    double best = Double.NaN;
    for (int k = 1; k <= 7; k++) {
      long from = hour - k * DAY;
      for (int i = s.lowerBound(from); i < s.size() && s.time(i) < from + HOUR; i++) {
        if (!s.isOk(i)) {
          continue;
        }
        double r = Integrator.rate(s, i, scale, meterK);
        if (Double.isNaN(best) || (lowest ? r < best : r > best)) {
          best = r;
        }
      }
    }
    return best;
  }

  private long hourStart(long t) {
    long off = zone.getRules().getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
    return Math.floorDiv(t + off, HOUR) * HOUR - off;
  }
}
