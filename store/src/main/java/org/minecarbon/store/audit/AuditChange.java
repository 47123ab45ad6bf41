package org.minecarbon.store.audit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an audit entry records (the store adds seq, time and the hashes).
 *
 * @param before the thing's document before the change as compact JSON text (what is stored and
 *     hashed), or null
 * @param after the thing's document after the change as compact JSON text, or null
 */
public record AuditChange(
    String actor,
    @Nullable Long groupId,
    @Nullable Long enterpriseId,
    String entity,
    String entityId,
    String action,
    @Nullable String before,
    @Nullable String after,
    @Nullable String reason) {

  /** A change whose documents are trees, recorded as their compact text ({@code toString()}). */
  public AuditChange(
      String actor,
      @Nullable Long groupId,
      @Nullable Long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String reason) {
    this(actor, groupId, enterpriseId, entity, entityId, action, json(before), json(after), reason);
  }

  /** A document as the compact JSON text an entry records ({@code toString()}), null as null. */
  public static @Nullable String json(@Nullable JsonNode doc) {
    return doc == null ? null : doc.toString();
  }
}
