package org.minecarbon.app.meter.alarm;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A meter alarm (contract §3 {@code {code, meter, time, message}}) with what users did with it.
 *
 * @param code {@code METER_RESET}, {@code DATA_GAP}, {@code CONFLICT}, {@code STUCK}, {@code
 *     THRESHOLD}, {@code CALIBRATION_EXPIRED} or {@code RECONCILIATION}
 * @param time the reading that shows the condition (its key, with code and meter)
 */
public record AlarmView(
    String code,
    String meter,
    Instant time,
    String message,
    AlarmState state,
    @Nullable String ackedBy,
    @Nullable LocalDateTime ackedAt,
    @Nullable String ackComment,
    @Nullable String closedBy,
    @Nullable LocalDateTime closedAt,
    @Nullable String closeComment) {}
