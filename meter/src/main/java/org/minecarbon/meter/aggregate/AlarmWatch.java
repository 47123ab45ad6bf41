package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.Threshold;

/**
 * Per-reading alarms over the ok readings in time order: {@code STUCK} once per run of unchanged
 * values lasting at least {@code stuckAfter}; {@code THRESHOLD} when a channel goes from inside its
 * limits (or from no reading) to outside; {@code CALIBRATION_EXPIRED} once, at the first reading
 * after the certificate's last valid local day.
 */
final class AlarmWatch {
  private final Meter meter;
  private final ZoneId zone;
  private final List<Alarm> alarms;
  private final long stuckMs;
  private final Threshold value;
  private final Threshold flow;
  private final Threshold concentration;
  private final boolean[] outside = new boolean[3];
  private int runStart = -1;
  private int last = -1;
  private boolean stuckRaised;
  private boolean expiredRaised;

  AlarmWatch(Meter meter, ZoneId zone, List<Alarm> alarms) {
    this.meter = meter;
    this.zone = zone;
    this.alarms = alarms;
    this.stuckMs = meter.stuckAfter() == null ? -1 : meter.stuckAfter().toMillis();
    Map<String, Threshold> t = meter.thresholds();
    Threshold none = new Threshold(null, null);
    this.value = t.getOrDefault("value", none);
    this.flow = t.getOrDefault("flow", none);
    this.concentration = t.getOrDefault("concentration", none);
  }

  void observe(MeterState s, int i) {
    stuck(s, i);
    boolean pair = !Double.isNaN(s.b(i));
    if (pair) {
      threshold(s, i, 1, "flow", flow, s.a(i));
      threshold(s, i, 2, "concentration", concentration, s.b(i));
    } else {
      threshold(s, i, 0, "value", value, s.a(i));
    }
    expired(s, i);
    last = i;
  }

  private void stuck(MeterState s, int i) {
    boolean unchanged = last >= 0 && s.a(i) == s.a(last) && same(s.b(i), s.b(last));
    if (!unchanged) {
      runStart = i;
      stuckRaised = false;
      return;
    }
    long lasted = s.time(i) - s.time(runStart);
    if (stuckMs >= 0 && !stuckRaised && lasted >= stuckMs) {
      stuckRaised = true;
      add(
          AlarmCode.STUCK,
          s,
          i,
          "value " + s.a(i) + " unchanged since " + Instant.ofEpochMilli(s.time(runStart)));
    }
  }

  private static boolean same(double x, double y) {
    return x == y || (Double.isNaN(x) && Double.isNaN(y));
  }

  private void threshold(MeterState s, int i, int ch, String name, Threshold t, double x) {
    boolean out = t.outside(x);
    if (out && !outside[ch]) {
      add(
          AlarmCode.THRESHOLD,
          s,
          i,
          name + " " + x + " outside [" + bound(t.min()) + ", " + bound(t.max()) + "]");
    }
    outside[ch] = out;
  }

  private static String bound(@Nullable Double d) {
    return d == null ? "-" : d.toString();
  }

  private void expired(MeterState s, int i) {
    if (meter.calibration() == null || expiredRaised) {
      return;
    }
    LocalDate day = Instant.ofEpochMilli(s.time(i)).atZone(zone).toLocalDate();
    if (day.isAfter(meter.calibration().validUntil())) {
      expiredRaised = true;
      add(
          AlarmCode.CALIBRATION_EXPIRED,
          s,
          i,
          "calibration "
              + meter.calibration().certificate()
              + " valid until "
              + meter.calibration().validUntil());
    }
  }

  private void add(AlarmCode code, MeterState s, int i, String message) {
    alarms.add(new Alarm(code, meter.id(), Instant.ofEpochMilli(s.time(i)), message));
  }
}
