package org.minecarbon.app.meter.alarm.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.meter.alarm.CalibrationView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.registry.Calibration;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.store.Store;
import org.minecarbon.store.meter.CalibrationRecord;

/**
 * Calibration status of each meter: valid until the latest of the registry's {@code validUntil} and
 * the records' next-due dates; expired when today (registry timezone) is after it.
 */
final class Calibrations {
  static final int MAX_TEXT = 200;

  private Calibrations() {}

  static List<CalibrationView> of(
      Store store, long enterpriseId, MeterRegistry registry, LocalDate today) {
    List<CalibrationRecord> records = store.meterAlarms().calibrations(enterpriseId);
    List<CalibrationView> out = new ArrayList<>();
    for (Meter m : registry.meters()) {
      if (m.isVirtual()) {
        continue;
      }
      List<CalibrationView.Record> own = new ArrayList<>();
      @Nullable LocalDate until = m.calibration() == null ? null : m.calibration().validUntil();
      for (CalibrationRecord r : records) {
        if (r.meterId().equals(m.id())) {
          own.add(
              new CalibrationView.Record(
                  r.calibratedOn(),
                  r.certificate(),
                  r.validUntil(),
                  r.evidence(),
                  r.recordedBy(),
                  r.recordedAt()));
          until = until == null || r.validUntil().isAfter(until) ? r.validUntil() : until;
        }
      }
      Calibration c = m.calibration();
      out.add(
          new CalibrationView(
              m.id(),
              m.site(),
              m.kind().code(),
              c == null ? null : c.certificate(),
              c == null ? null : c.validUntil(),
              until,
              until != null && today.isAfter(until),
              own));
    }
    return out;
  }

  /**
   * The derived alarms with calibration expiry settled by the records: a registry-based {@code
   * CALIBRATION_EXPIRED} on a day a later record covers is dropped; a meter whose latest validity
   * (records included) has run out gets one at the first instant of the day after it, when that day
   * is in {@code year} and no registry-based alarm of that meter remains.
   */
  static List<Alarm> expiryAlarms(
      List<Alarm> derived, List<CalibrationView> calibrations, ZoneId zone, int year) {
    List<Alarm> out = new ArrayList<>();
    for (Alarm a : derived) {
      if (a.code() != AlarmCode.CALIBRATION_EXPIRED || !covered(a, calibrations, zone)) {
        out.add(a);
      }
    }
    for (CalibrationView c : calibrations) {
      LocalDate until = c.validUntil();
      if (!c.expired() || until == null || until.plusDays(1).getYear() != year) {
        continue;
      }
      boolean present =
          out.stream()
              .anyMatch(
                  a -> a.code() == AlarmCode.CALIBRATION_EXPIRED && a.meter().equals(c.meter()));
      if (!present) {
        out.add(
            new Alarm(
                AlarmCode.CALIBRATION_EXPIRED,
                c.meter(),
                until.plusDays(1).atStartOfDay(zone).toInstant(),
                "calibration valid until " + until + " has expired"));
      }
    }
    return out;
  }

  private static boolean covered(Alarm a, List<CalibrationView> calibrations, ZoneId zone) {
    LocalDate day = a.time().atZone(zone).toLocalDate();
    return calibrations.stream()
        .filter(c -> c.meter().equals(a.meter()))
        .flatMap(c -> c.records().stream())
        .anyMatch(r -> !day.isAfter(r.validUntil()) && !day.isBefore(r.calibratedOn()));
  }

  /** Every problem of a new record, or nothing. */
  static void check(
      MeterRegistry registry,
      String meter,
      LocalDate calibratedOn,
      String certificate,
      LocalDate validUntil,
      @Nullable String evidence) {
    List<Issue> issues = new ArrayList<>();
    Meter m = registry.byId().get(meter);
    if (m == null || m.isVirtual()) {
      issues.add(Issue.error("UNKNOWN_METER", "/meter", "no such (non-virtual) meter: " + meter));
    }
    if (certificate.isBlank() || certificate.length() > MAX_TEXT) {
      issues.add(
          Issue.error(
              "CERTIFICATE_REQUIRED",
              "/certificate",
              "a certificate number of 1 to " + MAX_TEXT + " characters is required"));
    }
    if (!validUntil.isAfter(calibratedOn)) {
      issues.add(
          Issue.error(
              "DUE_BEFORE_CALIBRATION",
              "/validUntil",
              "the next due date must be after the calibration date"));
    }
    if (evidence != null && evidence.length() > 2 * MAX_TEXT) {
      issues.add(Issue.error("TEXT_TOO_LONG", "/evidence", "at most 400 characters"));
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException("invalid calibration record", issues);
    }
  }
}
