package org.minecarbon.server.access;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the access rules see it, read from the store for each request (so a change
 * of roles, scope or the enabled flag applies at once, also to open sessions).
 */
public record AccessUser(
    long id,
    String username,
    @Nullable Long groupId,
    Set<Role> roles,
    AccessScope scope,
    boolean enabled) {
  public AccessUser {
    roles = Set.copyOf(roles);
  }

  /** Whether one of the user's roles grants the permission (never for a disabled user). */
  public boolean can(Permission permission) {
    return enabled && roles.stream().anyMatch(r -> r.grants(permission));
  }
}
