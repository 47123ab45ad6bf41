package org.minecarbon.meter.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minecarbon.meter.registry.Meter;

/** Checks a reading against the registry: a known physical meter and the right shape of values. */
public final class ReadingCheck {
  private ReadingCheck() {}

  /** A problem with one field of a reading. */
  public record Problem(String field, String message) {}

  /** Every problem of {@code r} given the registry's meters by id. */
  public static List<Problem> check(Reading r, Map<String, Meter> meters) {
    List<Problem> out = new ArrayList<>();
    Meter m = meters.get(r.meter());
    if (m == null) {
      out.add(new Problem("meter", "no meter " + r.meter() + " in the registry"));
      return out;
    }
    if (m.isVirtual()) {
      out.add(new Problem("meter", r.meter() + " is virtual; it takes no readings"));
      return out;
    }
    if (m.readsPairs() && !r.isPair()) {
      out.add(new Problem("flow", "meter " + m.id() + " reads flow and concentration pairs"));
    } else if (!m.readsPairs() && r.isPair()) {
      out.add(new Problem("value", "meter " + m.id() + " reads single values, not pairs"));
    }
    if (r.isPair()) {
      if (!(r.flow() >= 0) || !Double.isFinite(r.flow())) {
        out.add(new Problem("flow", "flow must be a finite number ≥ 0"));
      }
      if (!(r.concentration() >= 0 && r.concentration() <= 100)) {
        out.add(new Problem("concentration", "concentration must be 0–100 (% by volume)"));
      }
    } else if (!Double.isFinite(r.value())) {
      out.add(new Problem("value", "value must be a finite number"));
    }
    return out;
  }
}
