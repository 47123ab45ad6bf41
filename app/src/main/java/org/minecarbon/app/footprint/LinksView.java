package org.minecarbon.app.footprint;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise's links of purchased inputs to background processes.
 *
 * @param databaseId the background database, null when none is chosen
 * @param links the {@code minecarbon/links@1} document
 * @param updatedBy null when never saved
 */
public record LinksView(
    long enterpriseId,
    @Nullable Long databaseId,
    JsonNode links,
    @Nullable String updatedBy,
    @Nullable LocalDateTime updatedAt) {}
