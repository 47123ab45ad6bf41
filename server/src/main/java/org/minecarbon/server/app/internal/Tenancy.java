package org.minecarbon.server.app.internal;

import org.minecarbon.server.app.NotFoundException;
import org.minecarbon.store.EnterpriseRecord;
import org.minecarbon.store.Store;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The group (tenant) of the signed-in user. Every enterprise lookup goes through {@link
 * #enterprise}, so an id from another group reads as unknown (404), never as forbidden.
 */
@Component
public class Tenancy {
  private final Store store;

  Tenancy(Store store) {
    this.store = store;
  }

  public long groupId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new AccessDeniedException("not signed in");
    }
    return store
        .users()
        .user(auth.getName())
        .map(u -> u.groupId())
        .filter(g -> g != null)
        .orElseThrow(() -> new AccessDeniedException("user " + auth.getName() + " has no group"));
  }

  /** The enterprise, when it exists in the user's group. */
  public EnterpriseRecord enterprise(long id) {
    long group = groupId();
    return store
        .inventories()
        .enterprise(id)
        .filter(e -> e.groupId() == group)
        .orElseThrow(() -> new NotFoundException("enterprise", id));
  }
}
