package org.minecarbon.store.audit;

import org.jspecify.annotations.Nullable;

/**
 * A filter over the audit trail, newest first; null fields match anything.
 *
 * @param offset entries to skip
 * @param limit at most this many entries (capped at 500)
 */
public record AuditQuery(
    @Nullable Long groupId,
    @Nullable Long enterpriseId,
    @Nullable String entity,
    @Nullable String entityId,
    int offset,
    int limit) {}
