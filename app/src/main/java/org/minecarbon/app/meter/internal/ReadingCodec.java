package org.minecarbon.app.meter.internal;

import java.time.Instant;
import java.util.Optional;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.store.meter.StoredReading;

/**
 * Readings of module {@code meter} to and from their stored form (key at millisecond precision).
 */
final class ReadingCodec {
  private ReadingCodec() {}

  static StoredReading stored(Reading r) {
    Conditions c = r.conditions();
    return new StoredReading(
        r.meter(),
        r.time().toEpochMilli(),
        r.value(),
        r.flow(),
        r.concentration(),
        r.status().code(),
        c == null ? Double.NaN : c.temperature(),
        c == null ? Double.NaN : c.pressure());
  }

  /** The reading, or empty when its stored status is no longer a known one. */
  static Optional<Reading> reading(StoredReading s) {
    return Status.fromCode(s.status())
        .map(
            status ->
                new Reading(
                    s.meterId(),
                    Instant.ofEpochMilli(s.atMs()),
                    s.value(),
                    s.flow(),
                    s.concentration(),
                    status,
                    Double.isNaN(s.temperature()) || Double.isNaN(s.pressure())
                        ? null
                        : new Conditions(s.temperature(), s.pressure())));
  }

  /** The values of a refused reading, for its conflict record. */
  static String describe(StoredReading s) {
    StringBuilder sb = new StringBuilder();
    if (!Double.isNaN(s.value())) {
      sb.append("value=").append(s.value());
    } else {
      sb.append("flow=").append(s.flow()).append(" concentration=").append(s.concentration());
    }
    return sb.append(" status=").append(s.status()).toString();
  }
}
