package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.util.Comparator;

/**
 * An alarm {@code {code, meter, time, message}}; {@code time} is the instant of the reading that
 * shows the condition.
 */
public record Alarm(AlarmCode code, String meter, Instant time, String message) {
  /** Output order: by time, then meter, then code. */
  public static final Comparator<Alarm> ORDER =
      Comparator.comparing(Alarm::time)
          .thenComparing(Alarm::meter)
          .thenComparing(Alarm::code)
          .thenComparing(Alarm::message);
}
