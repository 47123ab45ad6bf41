package org.minecarbon.store.footprint;

import java.time.LocalDateTime;

/**
 * A background database of a group (without its library bytes).
 *
 * @param schemaVersion olca-schema version of the uploaded package ({@code 1} or {@code 2})
 * @param sha256 of the uploaded JSON-LD zip
 */
public record LcaDatabaseRecord(
    long id,
    long groupId,
    String name,
    String schemaVersion,
    int processCount,
    int flowCount,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
