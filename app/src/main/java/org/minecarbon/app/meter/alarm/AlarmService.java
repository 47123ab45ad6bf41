package org.minecarbon.app.meter.alarm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.meter.rows.Reconciliation;

/**
 * Alarms of an enterprise's meters (derived from the stored readings, the calibration records and
 * the entered rows) with acknowledge and close, calibration records, and reconciliation.
 */
public interface AlarmService {

  /** Every alarm of the year, by time (READ; site-limited users see their sites' meters). */
  List<AlarmView> alarms(long enterpriseId, int year);

  /**
   * Acknowledges an open alarm (EDIT_DATA), audited.
   *
   * @throws org.minecarbon.app.NotFoundException when no such alarm exists
   * @throws org.minecarbon.app.RefusedException 409 {@code ALARM_STATE} when it is not open
   */
  AlarmView acknowledge(
      long enterpriseId, String code, String meter, Instant time, @Nullable String comment);

  /**
   * Closes an open or acknowledged alarm with a comment (EDIT_DATA), audited.
   *
   * @throws org.minecarbon.app.InvalidInputException without a comment
   * @throws org.minecarbon.app.RefusedException 409 {@code ALARM_STATE} when it is closed already
   */
  AlarmView close(long enterpriseId, String code, String meter, Instant time, String comment);

  /** Each registered (non-virtual) meter's calibration status and records. */
  List<CalibrationView> calibrations(long enterpriseId);

  /**
   * Adds a calibration record (EDIT_DATA), audited; every problem listed.
   *
   * @throws org.minecarbon.app.InvalidInputException for an unknown meter, a blank certificate or a
   *     next-due date not after the calibration date
   */
  CalibrationView addCalibration(
      long enterpriseId,
      String meter,
      LocalDate calibratedOn,
      String certificate,
      LocalDate validUntil,
      @Nullable String evidence);

  /** Metered against entered rows per month, site and source of the year. */
  List<Reconciliation.Line> reconciliation(long enterpriseId, int year);
}
