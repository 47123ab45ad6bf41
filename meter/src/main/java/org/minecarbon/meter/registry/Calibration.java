package org.minecarbon.meter.registry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A calibration record: certificate, last day of validity (local date in the registry timezone) and
 * relative accuracy.
 */
public record Calibration(
    @Nullable String certificate, LocalDate validUntil, @Nullable Double accuracy) {}
