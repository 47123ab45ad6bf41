package org.minecarbon.store.evidence;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of a stored evidence file (the content is read separately).
 *
 * @param rowId the inventory row it is attached to; null once that row was deleted or replaced
 * @param rowKey the row's document id ({@code id}) at upload time, or null
 * @param sha256 lower-case hex SHA-256 of the content, computed on upload
 * @param uploadedAt database time of the upload (UTC on a UTC server)
 */
public record EvidenceRecord(
    long id,
    long enterpriseId,
    @Nullable Long rowId,
    @Nullable String rowKey,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt,
    @Nullable String note) {}
