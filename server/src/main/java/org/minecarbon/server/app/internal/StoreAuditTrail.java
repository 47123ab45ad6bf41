package org.minecarbon.server.app.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.minecarbon.server.app.AuditTrail;
import org.minecarbon.store.AuditChange;
import org.minecarbon.store.EnterpriseRecord;
import org.minecarbon.store.Store;
import org.minecarbon.store.UserRecord;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail in the store. The actor is the signed-in user ({@code system} without one, e.g.
 * the demo seeder); the group is the enterprise's (or the user's for group-level entries). When the
 * caller gives no reason, the reason of the current request is used: the header {@code
 * X-Change-Reason} (URL-decoded UTF-8) or else the form field {@code reason}.
 */
@Component
class StoreAuditTrail implements AuditTrail {
  /** The API header carrying the reason of a change. */
  static final String REASON_HEADER = "X-Change-Reason";

  private static final int MAX_REASON = 2000;

  private final Store store;

  StoreAuditTrail(Store store) {
    this.store = store;
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
    String actor = actor();
    Long group =
        enterpriseId != 0
            ? store
                .inventories()
                .enterprise(enterpriseId)
                .map(EnterpriseRecord::groupId)
                .orElse(null)
            : userGroup(actor);
    String why = clean(reason != null ? reason : requestReason());
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

  static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
  }

  private @Nullable Long userGroup(String actor) {
    return store.users().user(actor).map(UserRecord::groupId).orElse(null);
  }

  /** The reason stated with the current HTTP request, if any. */
  static @Nullable String requestReason() {
    RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
    if (!(attrs instanceof ServletRequestAttributes sra)) {
      return null;
    }
    String header = sra.getRequest().getHeader(REASON_HEADER);
    if (header != null && !header.isBlank()) {
      try {
        return URLDecoder.decode(header, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return header;
      }
    }
    return sra.getRequest().getParameter("reason");
  }

  static @Nullable String clean(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String r = reason.strip();
    return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r;
  }
}
