package org.minecarbon.app.evidence;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An evidence file's metadata as the API lists it.
 *
 * @param rowId the row it is attached to; null when that row was deleted or replaced by an import
 * @param rowKey the row's document id at upload time
 * @param name the file name as uploaded (path parts and control characters removed)
 * @param type the content type detected from extension and content
 * @param size bytes
 * @param sha256 lower-case hex SHA-256 of the content
 */
public record EvidenceView(
    long id,
    @Nullable Long rowId,
    @Nullable String rowKey,
    String name,
    String type,
    long size,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt,
    @Nullable String note) {}
