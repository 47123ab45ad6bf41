package org.minecarbon.store.audit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What an audit entry records (the store adds seq, time and the hashes). */
public record AuditChange(
    String actor,
    @Nullable Long groupId,
    @Nullable Long enterpriseId,
    String entity,
    String entityId,
    String action,
    @Nullable JsonNode before,
    @Nullable JsonNode after,
    @Nullable String reason) {}
