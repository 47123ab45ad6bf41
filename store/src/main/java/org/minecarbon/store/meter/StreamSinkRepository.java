package org.minecarbon.store.meter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.store.internal.Jdbc;

/**
 * What the stream job's inventory sink keeps beside the inventory (V16): the highest stream
 * revision applied per meter row ({@code meter_stream_revision}) and the sink's refusals and dead
 * letters ({@code meter_stream_event}), each once per key. Call inside a transaction holding the
 * enterprise lock: the check-then-write below relies on it.
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

  /** The applied stream revision of every meter row of the enterprise, by row key. */
  public Map<String, Integer> revisions(long enterpriseId) {
    Map<String, Integer> out = new HashMap<>();
    jdbc.query(
            "SELECT row_key, revision FROM meter_stream_revision WHERE enterprise_id = ?",
            rs -> Map.entry(rs.getString(1), rs.getInt(2)),
            enterpriseId)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Records that the row's content of {@code revision} is applied. */
  public void setRevision(long enterpriseId, String rowKey, int revision) {
    int n =
        jdbc.update(
            "UPDATE meter_stream_revision SET revision = ? WHERE enterprise_id = ? AND row_key = ?",
            revision,
            enterpriseId,
            rowKey);
    if (n == 0) {
      jdbc.update(
          "INSERT INTO meter_stream_revision (enterprise_id, row_key, revision) VALUES (?, ?, ?)",
          enterpriseId,
          rowKey,
          revision);
    }
  }

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
