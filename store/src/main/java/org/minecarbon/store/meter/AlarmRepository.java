package org.minecarbon.store.meter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.internal.Jdbc;

/**
 * Alarm states ({@code meter_alarm_state}) and calibration records ({@code meter_calibration}) of
 * the enterprise's meters. Alarms themselves are derived from readings; only what users did with
 * them is stored here.
 */
public final class AlarmRepository {
  private static final String STATE_COLUMNS =
      "code, meter_id, at_ms, state, acked_by, acked_at, ack_comment, closed_by, closed_at,"
          + " close_comment";

  private static final String CALIBRATION_COLUMNS =
      "id, meter_id, calibrated_on, certificate, valid_until, evidence, recorded_by, recorded_at";

  private final Jdbc jdbc;
  private final Clock clock;

  public AlarmRepository(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every stored alarm state of the enterprise with instants in {@code [fromMs, toMs)}. */
  public List<AlarmStateRecord> states(long enterpriseId, long fromMs, long toMs) {
    return jdbc.query(
        "SELECT "
            + STATE_COLUMNS
            + " FROM meter_alarm_state WHERE enterprise_id = ? AND at_ms >= ? AND at_ms < ?"
            + " ORDER BY at_ms, meter_id, code",
        AlarmRepository::state,
        enterpriseId,
        fromMs,
        toMs);
  }

  public Optional<AlarmStateRecord> state(
      long enterpriseId, String code, String meterId, long atMs) {
    return jdbc.queryOne(
        "SELECT "
            + STATE_COLUMNS
            + " FROM meter_alarm_state WHERE enterprise_id = ? AND code = ? AND meter_id = ?"
            + " AND at_ms = ?",
        AlarmRepository::state,
        enterpriseId,
        code,
        meterId,
        atMs);
  }

  /** Marks an open alarm acknowledged; false when it already has a state. */
  public boolean acknowledge(
      long enterpriseId, String code, String meterId, long atMs, String by, String comment) {
    if (state(enterpriseId, code, meterId, atMs).isPresent()) {
      return false;
    }
    jdbc.update(
        "INSERT INTO meter_alarm_state (enterprise_id, code, meter_id, at_ms, state, acked_by,"
            + " acked_at, ack_comment) VALUES (?, ?, ?, ?, 'ACKNOWLEDGED', ?, ?, ?)",
        enterpriseId,
        code,
        meterId,
        atMs,
        by,
        now(),
        comment);
    return true;
  }

  /** Closes an alarm (open or acknowledged); false when it is closed already. */
  public boolean close(
      long enterpriseId, String code, String meterId, long atMs, String by, String comment) {
    Optional<AlarmStateRecord> before = state(enterpriseId, code, meterId, atMs);
    if (before.isPresent() && before.get().state().equals("CLOSED")) {
      return false;
    }
    if (before.isEmpty()) {
      jdbc.update(
          "INSERT INTO meter_alarm_state (enterprise_id, code, meter_id, at_ms, state)"
              + " VALUES (?, ?, ?, ?, 'OPEN')",
          enterpriseId,
          code,
          meterId,
          atMs);
    }
    jdbc.update(
        "UPDATE meter_alarm_state SET state = 'CLOSED', closed_by = ?, closed_at = ?,"
            + " close_comment = ? WHERE enterprise_id = ? AND code = ? AND meter_id = ?"
            + " AND at_ms = ?",
        by,
        now(),
        comment,
        enterpriseId,
        code,
        meterId,
        atMs);
    return true;
  }

  /** The calibration records of the enterprise's meters, by meter, newest first. */
  public List<CalibrationRecord> calibrations(long enterpriseId) {
    return jdbc.query(
        "SELECT "
            + CALIBRATION_COLUMNS
            + " FROM meter_calibration WHERE enterprise_id = ?"
            + " ORDER BY meter_id, calibrated_on DESC, id DESC",
        AlarmRepository::calibration,
        enterpriseId);
  }

  /** The calibration records of one meter, newest first. */
  public List<CalibrationRecord> calibrations(long enterpriseId, String meterId) {
    return jdbc.query(
        "SELECT "
            + CALIBRATION_COLUMNS
            + " FROM meter_calibration WHERE enterprise_id = ? AND meter_id = ?"
            + " ORDER BY calibrated_on DESC, id DESC",
        AlarmRepository::calibration,
        enterpriseId,
        meterId);
  }

  /** Adds a calibration record; returns its id. */
  public long addCalibration(
      long enterpriseId,
      String meterId,
      LocalDate calibratedOn,
      String certificate,
      LocalDate validUntil,
      @Nullable String evidence,
      String by) {
    return jdbc.insert(
        "INSERT INTO meter_calibration (enterprise_id, meter_id, calibrated_on, certificate,"
            + " valid_until, evidence, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        enterpriseId,
        meterId,
        calibratedOn,
        certificate,
        validUntil,
        evidence,
        by,
        now());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
  }

  private static CalibrationRecord calibration(ResultSet rs) throws SQLException {
    return new CalibrationRecord(
        rs.getLong(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, LocalDateTime.class));
  }

  private static AlarmStateRecord state(ResultSet rs) throws SQLException {
    return new AlarmStateRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, LocalDateTime.class),
        rs.getString(7),
        rs.getString(8),
        rs.getObject(9, LocalDateTime.class),
        rs.getString(10));
  }
}
