package org.minecarbon.store.footprint;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's {@code LINKS.json} and the background database it points into.
 *
 * @param databaseId null when no database is chosen yet
 */
public record LinksRecord(
    long enterpriseId,
    @Nullable Long databaseId,
    String linksJson,
    String updatedBy,
    LocalDateTime updatedAt) {}
