package org.minecarbon.app.meter.alarm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meter's calibration status: the registry's calibration and the records added since.
 *
 * @param validUntil the latest of the registry's {@code validUntil} and the records' next-due
 *     dates; null when the meter has no calibration at all
 * @param expired today (registry timezone) is after {@code validUntil}
 */
public record CalibrationView(
    String meter,
    String site,
    String kind,
    @Nullable String registryCertificate,
    @Nullable LocalDate registryValidUntil,
    @Nullable LocalDate validUntil,
    boolean expired,
    List<Record> records) {

  public CalibrationView {
    records = List.copyOf(records);
  }

  /** One calibration: date, certificate or evidence, next due, who recorded it and when. */
  public record Record(
      LocalDate calibratedOn,
      String certificate,
      LocalDate validUntil,
      @Nullable String evidence,
      String recordedBy,
      LocalDateTime recordedAt) {}
}
