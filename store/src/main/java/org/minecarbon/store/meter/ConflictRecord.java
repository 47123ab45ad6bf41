package org.minecarbon.store.meter;

import java.time.LocalDateTime;

/**
 * A reading refused because its key was stored with other values (the first is kept).
 *
 * @param received the refused values as received, for the alarm message
 */
public record ConflictRecord(
    String meterId, long atMs, String received, LocalDateTime receivedAt) {}
