package org.minecarbon.app.audit.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Actor;
import org.minecarbon.app.audit.AuditTrail;
import org.minecarbon.store.Store;
import org.minecarbon.store.audit.AuditChange;
import org.minecarbon.store.inventory.EnterpriseRecord;
import org.minecarbon.store.user.UserRecord;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail in the store. The actor is the {@link Actor}'s name ({@code system} without a
 * user, e.g. the demo seeder); the group is the enterprise's (or the user's for group-level
 * entries). When the caller gives no reason, the reason the actor stated with the current request
 * is used (the web adapter reads the header {@code X-Change-Reason} or the form field {@code
 * reason}).
 */
public class StoreAuditTrail implements AuditTrail {
  private final Store store;
  private final Actor actor;

  public StoreAuditTrail(Store store, Actor actor) {
    this.store = store;
    this.actor = actor;
  }

  @Override
  public void record(
      long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String reason) {
    recordJson(
        enterpriseId,
        entity,
        entityId,
        action,
        AuditChange.json(before),
        AuditChange.json(after),
        reason);
  }

  @Override
  public void recordJson(
      long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable String before,
      @Nullable String after,
      @Nullable String reason) {
    String actor = this.actor.name();
    Long group =
        enterpriseId != 0
            ? store
                .inventories()
                .enterprise(enterpriseId)
                .map(EnterpriseRecord::groupId)
                .orElse(null)
            : userGroup(actor);
    String why = AuditTrail.cleanReason(reason != null ? reason : this.actor.reason());
    store
        .audit()
        .append(
            new AuditChange(
                actor,
                group,
                enterpriseId == 0 ? null : enterpriseId,
                entity,
                entityId,
                action,
                before,
                after,
                why));
  }

  private @Nullable Long userGroup(String actor) {
    return store.users().user(actor).map(UserRecord::groupId).orElse(null);
  }
}
