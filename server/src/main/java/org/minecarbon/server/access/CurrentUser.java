package org.minecarbon.server.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.minecarbon.store.Store;
import org.minecarbon.store.UserRecord;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user with roles and scope, loaded from the store once per request (kept in a
 * request attribute) and never from the session, so changes apply at once.
 */
@Component
public class CurrentUser {
  private static final String ATTRIBUTE = CurrentUser.class.getName();

  private final Store store;

  public CurrentUser(Store store) {
    this.store = store;
  }

  /** The user, or empty when nobody is signed in. */
  public Optional<AccessUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
      return Optional.empty();
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
            instanceof AccessUser cached
        && cached.username().equals(auth.getName())) {
      return Optional.of(cached);
    }
    Optional<AccessUser> user = store.users().user(auth.getName()).map(this::load);
    if (request != null && user.isPresent()) {
      request.setAttribute(ATTRIBUTE, user.get(), RequestAttributes.SCOPE_REQUEST);
    }
    return user;
  }

  /** Forgets the user cached for this request (after changing it). */
  public void forget() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
  }

  private AccessUser load(UserRecord u) {
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
