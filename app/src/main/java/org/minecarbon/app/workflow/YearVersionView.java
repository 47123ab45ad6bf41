package org.minecarbon.app.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A verified version of a reporting year (its snapshot is kept for reproducible reports). */
public record YearVersionView(
    int year,
    int version,
    String verifiedBy,
    Instant verifiedAt,
    @Nullable String reopenedBy,
    @Nullable Instant reopenedAt,
    @Nullable String reopenReason,
    String snapshotSha256) {}
