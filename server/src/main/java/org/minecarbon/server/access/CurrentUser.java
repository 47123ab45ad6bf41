package org.minecarbon.server.access;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.app.access.Actor;
import org.minecarbon.store.Store;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The web adapter's {@link Actor}: the signed-in user with roles and scope, loaded from the store
 * once per request (kept in a request attribute) and never from the session, so changes apply at
 * once; the audit name from the security context; the change reason from the request.
 */
@Component
public class CurrentUser implements Actor {
  /** The API header carrying the reason of a change (URL-decoded UTF-8). */
  public static final String REASON_HEADER = "X-Change-Reason";

  private static final String ATTRIBUTE = CurrentUser.class.getName();

  private final Store store;

  public CurrentUser(Store store) {
    this.store = store;
  }

  @Override
  public Optional<AccessUser> user() {
    return get();
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
    Optional<AccessUser> user =
        store.users().user(auth.getName()).map(u -> AccessUser.load(store, u));
    if (request != null && user.isPresent()) {
      request.setAttribute(ATTRIBUTE, user.get(), RequestAttributes.SCOPE_REQUEST);
    }
    return user;
  }

  /** A request signed with an API token is not interactive; a session or HTTP Basic is. */
  @Override
  public boolean interactive() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && !(auth.getDetails() instanceof ApiTokenDetails);
  }

  /** The signed-in name ({@code system} without one), as the audit trail records it. */
  @Override
  public String name() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
  }

  /** The header {@code X-Change-Reason} (URL-decoded UTF-8), else the form field {@code reason}. */
  @Override
  public @Nullable String reason() {
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

  /** Forgets the user cached for this request (after changing it). */
  @Override
  public void forget() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
