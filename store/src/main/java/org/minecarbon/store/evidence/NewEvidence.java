package org.minecarbon.store.evidence;

import org.jspecify.annotations.Nullable;

/**
 * An evidence file to store; the repository computes nothing, the caller has checked the type and
 * computed the checksum.
 */
public record NewEvidence(
    long enterpriseId,
    long rowId,
    @Nullable String rowKey,
    String fileName,
    String contentType,
    String sha256,
    byte[] content,
    String uploadedBy,
    @Nullable String note) {}
