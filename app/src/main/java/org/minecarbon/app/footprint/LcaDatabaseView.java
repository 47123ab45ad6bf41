package org.minecarbon.app.footprint;

import java.time.LocalDateTime;

/**
 * A background database of the group.
 *
 * @param schemaVersion olca-schema version of the uploaded package
 * @param inUse how many enterprises' links point into it (deletable at 0)
 */
public record LcaDatabaseView(
    long id,
    String name,
    String schemaVersion,
    int processCount,
    int flowCount,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt,
    int inUse) {}
