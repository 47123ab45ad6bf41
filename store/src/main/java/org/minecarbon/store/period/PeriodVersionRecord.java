package org.minecarbon.store.period;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One verified version of a reporting year.
 *
 * @param snapshot the enterprise's inventory document restricted to that year's rows, as verified
 * @param snapshotSha256 SHA-256 (hex) of the snapshot text
 * @param frozen the reference data the version's reports compare with (benchmarks, user factor
 *     sets) as JSON, frozen at verification; null for versions verified before it was kept
 */
public record PeriodVersionRecord(
    long enterpriseId,
    int year,
    int version,
    String verifiedBy,
    Instant verifiedAt,
    @Nullable String reopenedBy,
    @Nullable Instant reopenedAt,
    @Nullable String reopenReason,
    String snapshot,
    String snapshotSha256,
    @Nullable String frozen) {}
