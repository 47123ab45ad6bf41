package org.minecarbon.server.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.minecarbon.store.Sha256;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.UserRecord;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session when its user's password changed after sign-in (issue 11: a password reset
 * left the user's sessions valid). At sign-in the session keeps a fingerprint of the stored
 * password hash; on every request a session whose fingerprint no longer matches is invalidated, so
 * the user is sent to the login page.
 */
public final class SessionCredentials extends OncePerRequestFilter {
  /** The session attribute holding the fingerprint. */
  static final String ATTRIBUTE = SessionCredentials.class.getName();

  private final Store store;

  SessionCredentials(Store store) {
    this.store = store;
  }

  /**
   * Called at sign-in, and after a self-service password change for the session that made it (the
   * user's other sessions end): remembers the password the session now holds.
   */
  public static void remember(Store store, HttpServletRequest request, Authentication auth) {
    fingerprint(store, auth.getName())
        .ifPresent(f -> request.getSession().setAttribute(ATTRIBUTE, f));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null
        && auth != null
        && session.getAttribute(ATTRIBUTE) instanceof String remembered
        && !fingerprint(store, auth.getName()).map(remembered::equals).orElse(false)) {
      session.invalidate();
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }

  private static Optional<String> fingerprint(Store store, String username) {
    return store.users().user(username).map(UserRecord::passwordHash).map(Sha256::hex);
  }
}
