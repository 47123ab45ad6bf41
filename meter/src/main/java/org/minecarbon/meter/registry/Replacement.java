package org.minecarbon.meter.registry;

import java.time.Instant;

/**
 * A listed register replacement: the old register read {@code finalReading} when it was removed at
 * {@code time}; the new one started at {@code initialReading}.
 */
public record Replacement(Instant time, double finalReading, double initialReading) {}
