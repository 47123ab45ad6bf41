package org.minecarbon.store.meter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One calibration of a meter: when, the certificate, the next due date and who recorded it. */
public record CalibrationRecord(
    long id,
    String meterId,
    LocalDate calibratedOn,
    String certificate,
    LocalDate validUntil,
    @Nullable String evidence,
    String recordedBy,
    LocalDateTime recordedAt) {}
