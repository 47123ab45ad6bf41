package org.minecarbon.meter.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.meter.reading.Reading;

/**
 * The keyed aggregator: one {@link MeterState} per meter, fed readings in any order (a server keeps
 * one per enterprise, a stream operator one per key). Records {@code CONFLICT} alarms on arrival
 * and the span of instants seen, which fixes the months to report.
 */
public final class MeterStates {
  private final Map<String, MeterState> states = new LinkedHashMap<>();
  private final List<Alarm> conflicts = new ArrayList<>();
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  /** Offers one reading (already checked against the registry). */
  public MeterState.Outcome offer(Reading r) {
    MeterState s = states.computeIfAbsent(r.meter(), k -> new MeterState());
    MeterState.Outcome o = s.add(r, Integrator.factor(r.conditions()));
    if (o == MeterState.Outcome.CONFLICT) {
      conflicts.add(
          new Alarm(
              AlarmCode.CONFLICT,
              r.meter(),
              r.time(),
              "another reading with other values exists at this instant; the first is kept"));
    }
    long t = r.time().toEpochMilli();
    min = Math.min(min, t);
    max = Math.max(max, t);
    return o;
  }

  /** The state of {@code meter}; an empty one when it has had no reading. */
  public MeterState of(String meter) {
    MeterState s = states.get(meter);
    return s == null ? new MeterState() : s;
  }

  public List<Alarm> conflicts() {
    return List.copyOf(conflicts);
  }

  /** Earliest instant seen; empty before the first reading. */
  public Optional<Instant> first() {
    return min == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(min));
  }

  /** Latest instant seen; empty before the first reading. */
  public Optional<Instant> last() {
    return max == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max));
  }
}
