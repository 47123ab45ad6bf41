package org.minecarbon.store.footprint;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A stored footprint: what it was computed from (hash and options), the result JSON, who and when.
 *
 * @param resultJson {@code minecarbon/footprint@1}; empty in lists (read one run for it)
 */
public record FootprintRunRecord(
    long id,
    long enterpriseId,
    String scopeKey,
    int year,
    String product,
    double total,
    @Nullable Long databaseId,
    String inputsHash,
    String optionsJson,
    String resultJson,
    String author,
    LocalDateTime createdAt) {}
