package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterUnits;
import org.minecarbon.meter.registry.Mode;
import org.minecarbon.meter.registry.Replacement;
import org.minecarbon.meter.registry.Substitution;

/**
 * Integrates one physical meter's {@link MeterState} over a {@link MonthGrid} (contract §1–§3).
 * Only {@code ok} readings are integrated; each interval between consecutive ok readings is a gap
 * when it is longer than {@code maxGap} or an excluded reading lies inside it. A gap is bridged
 * (trapezoid, or the counter difference) or conservatively substituted, reported as estimated, not
 * covered, and raises one {@code DATA_GAP} at the reading that ends it.
 */
public final class Integrator {
  private Integrator() {}

  /** The months and the alarms of one meter. */
  public record Outcome(MonthTotals totals, List<Alarm> alarms) {}

  public static Outcome integrate(Meter meter, MeterState s, MonthGrid grid) {
    Require.that(!meter.isVirtual(), "a virtual meter has no readings");
    double scale = MeterUnits.of(meter).orElseThrow().factor();
    double meterK = meter.conditions() == null ? 1.0 : meter.conditions().toNormal();
    MonthTotals totals = MonthTotals.empty(grid.size());
    Pieces pieces = new Pieces(grid, totals);
    List<Alarm> alarms = new ArrayList<>();
    AlarmWatch watch = new AlarmWatch(meter, grid.zone(), alarms);
    @Nullable Substitutes subs =
        meter.substitution() == Substitution.CONSERVATIVE && meter.mode() == Mode.RATE
            ? new Substitutes(s, grid.zone(), meter.kind().isCredit(), scale, meterK)
            : null;
    List<Replacement> replacements =
        meter.replacements().stream().sorted(Comparator.comparing(Replacement::time)).toList();
    long maxGap = meter.maxGap().toMillis();
    boolean counter = meter.mode() == Mode.COUNTER;
    int prev = -1;
    boolean excluded = false;
    for (int i = 0; i < s.size(); i++) {
      if (!s.isOk(i)) {
        excluded |= prev >= 0;
        continue;
      }
      if (prev >= 0) {
        long ta = s.time(prev);
        long tb = s.time(i);
        boolean gap = excluded || tb - ta > maxGap;
        if (counter) {
          double q = delta(meter, s, prev, i, replacements, alarms) * meter.multiplier() * scale;
          pieces.uniform(ta, tb, q, gap);
        } else {
          double ra = rate(s, prev, scale, meterK);
          double rb = rate(s, i, scale, meterK);
          if (gap && subs != null) {
            subs.fill(pieces, ta, tb, ra, rb);
          } else {
            pieces.trapezoid(ta, tb, ra, rb, gap);
          }
        }
        if (gap) {
          alarms.add(gapAlarm(meter, ta, tb, excluded));
        } else {
          pieces.covered(ta, tb);
        }
      }
      watch.observe(s, i);
      prev = i;
      excluded = false;
    }
    return new Outcome(totals, alarms);
  }

  /** Rate per second in the row unit: flow × c/100 × (V0/V) × scale, or value × scale. */
  static double rate(MeterState s, int i, double scale, double meterK) {
    double b = s.b(i);
    if (Double.isNaN(b)) {
      return s.a(i) * scale;
    }
    double k = s.conditionsFactor(i);
    return s.a(i) * b / 100.0 * (Double.isNaN(k) ? meterK : k) * scale;
  }

  /**
   * Register difference (register units) between ok readings {@code p} and {@code i}: a listed
   * replacement in (t_p, t_i] chains final and initial readings; a fall of more than half the
   * rollover is a wrap; any other fall is a reset counting from 0.
   */
  static double delta(
      Meter m, MeterState s, int p, int i, List<Replacement> repl, List<Alarm> alarms) {
    double prev = s.a(p);
    double cur = s.a(i);
    double sum = 0;
    boolean replaced = false;
    for (Replacement r : repl) {
      long t = r.time().toEpochMilli();
      if (t > s.time(p) && t <= s.time(i)) {
        sum += r.finalReading() - prev;
        prev = r.initialReading();
        replaced = true;
      }
    }
    if (replaced) {
      alarms.add(reset(m, s.time(i), "listed replacement; register restarted"));
      return sum + cur - prev;
    }
    if (cur >= prev) {
      return cur - prev;
    }
    Double roll = m.rollover();
    if (roll != null && prev - cur > roll / 2) {
      return cur + roll - prev;
    }
    alarms.add(reset(m, s.time(i), "register fell from " + prev + " to " + cur));
    return cur;
  }

  private static Alarm reset(Meter m, long t, String why) {
    return new Alarm(AlarmCode.METER_RESET, m.id(), Instant.ofEpochMilli(t), why);
  }

  private static Alarm gapAlarm(Meter m, long ta, long tb, boolean excluded) {
    String why = excluded ? "excluded readings (calibrating/fault)" : "no reading";
    return new Alarm(
        AlarmCode.DATA_GAP,
        m.id(),
        Instant.ofEpochMilli(tb),
        why + " since " + Instant.ofEpochMilli(ta) + "; quantity estimated");
  }

  /** The normal-conditions factor of {@code c}, NaN when absent (the meter's then applies). */
  public static double factor(@Nullable Conditions c) {
    return c == null ? Double.NaN : c.toNormal();
  }
}
