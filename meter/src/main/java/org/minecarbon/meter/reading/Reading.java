package org.minecarbon.meter.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;
import org.minecarbon.meter.registry.Conditions;

/**
 * One reading of a meter at an instant: either a single {@code value} (register or rate; {@code
 * flow} and {@code concentration} NaN) or a gas pair {@code flow} and {@code concentration} (% by
 * volume, dry; {@code value} NaN). Key = (meter, instant).
 *
 * @param conditions measuring conditions of this reading, overriding the meter's; null = none
 */
public record Reading(
    String meter,
    Instant time,
    double value,
    double flow,
    double concentration,
    Status status,
    @Nullable Conditions conditions) {

  public Reading {
    Require.that(
        Double.isNaN(value) == isPair(flow, concentration),
        () -> "a reading has a value or a flow and concentration pair, exactly one");
  }

  private static boolean isPair(double flow, double concentration) {
    return !Double.isNaN(flow) && !Double.isNaN(concentration);
  }

  public static Reading value(String meter, Instant time, double value) {
    return new Reading(meter, time, value, Double.NaN, Double.NaN, Status.OK, null);
  }

  public static Reading pair(String meter, Instant time, double flow, double concentration) {
    return new Reading(meter, time, Double.NaN, flow, concentration, Status.OK, null);
  }

  public Reading withStatus(Status s) {
    return new Reading(meter, time, value, flow, concentration, s, conditions);
  }

  public Reading withConditions(@Nullable Conditions c) {
    return new Reading(meter, time, value, flow, concentration, status, c);
  }

  public boolean isPair() {
    return isPair(flow, concentration);
  }
}
