package org.minecarbon.store.meter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.minecarbon.store.internal.Jdbc;

/**
 * What the stream job's inventory sink keeps beside the inventory (V16, {@code
 * meter_stream_event}): its refusals, dead letters and conflicts, each once per key. Call inside a
 * transaction holding the enterprise lock: the check-then-insert below relies on it.
 */
public final class StreamSinkRepository {
  private final Jdbc jdbc;
  private final Clock clock;

  public StreamSinkRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A refusal or dead letter of the stream sink. */
  public record StreamEvent(String key, String code, String message) {}

  /** Records the event unless its key is recorded; true when it was new. */
  public boolean record(long enterpriseId, StreamEvent e) {
    boolean known =
        jdbc.queryOne(
                "SELECT 1 FROM meter_stream_event WHERE enterprise_id = ? AND event_key = ?",
                rs -> rs.getInt(1),
                enterpriseId,
                e.key())
            .isPresent();
    if (known) {
      return false;
    }
    jdbc.update(
        "INSERT INTO meter_stream_event (enterprise_id, event_key, code, message, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        enterpriseId,
        e.key(),
        e.code(),
        e.message().length() > 4000 ? e.message().substring(0, 4000) : e.message(),
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    return true;
  }

  /** Every recorded event of the enterprise, by key. */
  public List<StreamEvent> events(long enterpriseId) {
    return jdbc.query(
        "SELECT event_key, code, message FROM meter_stream_event WHERE enterprise_id = ?"
            + " ORDER BY event_key",
        rs -> new StreamEvent(rs.getString(1), rs.getString(2), rs.getString(3)),
        enterpriseId);
  }
}
