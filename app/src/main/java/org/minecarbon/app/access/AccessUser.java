package org.minecarbon.app.access;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.UserRecord;

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

  /** The user as stored now, with its roles and scope grants. */
  public static AccessUser load(Store store, UserRecord u) {
    return new AccessUser(
        u.id(),
        u.username(),
        u.groupId(),
        roles(u),
        AccessScope.of(store.users().scope(u.id())),
        u.enabled());
  }

  /** The known roles of a stored user (unknown names are ignored). */
  public static Set<Role> roles(UserRecord u) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    u.roles().forEach(n -> Role.fromName(n).ifPresent(roles::add));
    return roles;
  }
}
