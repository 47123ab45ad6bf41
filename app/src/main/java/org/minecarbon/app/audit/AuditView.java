package org.minecarbon.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One audit-trail entry as the API and UI show it (hashes are not shown). */
public record AuditView(
    long seq,
    Instant at,
    String actor,
    @Nullable Long enterpriseId,
    String entity,
    String entityId,
    String action,
    @Nullable JsonNode before,
    @Nullable JsonNode after,
    @Nullable String reason) {}
