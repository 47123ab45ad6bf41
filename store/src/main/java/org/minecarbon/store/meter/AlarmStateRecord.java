package org.minecarbon.store.meter;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What users did with one alarm, keyed by (code, meter, instant in epoch milliseconds).
 *
 * @param state {@code ACKNOWLEDGED} or {@code CLOSED}
 */
public record AlarmStateRecord(
    String code,
    String meterId,
    long atMs,
    String state,
    @Nullable String ackedBy,
    @Nullable LocalDateTime ackedAt,
    @Nullable String ackComment,
    @Nullable String closedBy,
    @Nullable LocalDateTime closedAt,
    @Nullable String closeComment) {}
