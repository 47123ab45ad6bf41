package org.minecarbon.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.audit.AuditEntry;
import tools.jackson.core.JacksonException;
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
    @Nullable String reason) {

  /** The view of a stored entry; a before/after document that is not JSON shows as text. */
  public static AuditView of(AuditEntry e) {
    return new AuditView(
        e.seq(),
        e.at(),
        e.actor(),
        e.enterpriseId(),
        e.entity(),
        e.entityId(),
        e.action(),
        tree(e.before()),
        tree(e.after()),
        e.reason());
  }

  private static @Nullable JsonNode tree(@Nullable String json) {
    if (json == null) {
      return null;
    }
    try {
      return JsonCodec.mapper().readTree(json);
    } catch (JacksonException e) {
      return JsonCodec.mapper().getNodeFactory().stringNode(json);
    }
  }
}
