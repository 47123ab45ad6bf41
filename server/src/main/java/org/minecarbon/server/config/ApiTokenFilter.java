package org.minecarbon.server.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.server.access.ApiTokenDetails;
import org.minecarbon.store.Store;
import org.minecarbon.store.user.ApiTokenRecord;
import org.minecarbon.store.user.ApiTokenRepository;
import org.minecarbon.store.user.UserRecord;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer mc_…}: the token is hashed (SHA-256) and looked up; a revoked or
 * expired token, or a disabled user, is a 401. Cheap (no password hash per request) and stateless
 * (no session). {@code last_used_at} is written at most once a minute per token.
 */
final class ApiTokenFilter extends OncePerRequestFilter {
  private static final String BEARER = "Bearer ";
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Store store;
  private final ProblemAuthenticationEntryPoint entryPoint;

  ApiTokenFilter(Store store, ProblemAuthenticationEntryPoint entryPoint) {
    this.store = store;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    String token = header.substring(BEARER.length()).strip();
    Optional<TokenUser> user = authenticate(token);
    if (user.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(
          request, response, new BadCredentialsException("invalid, expired or revoked token"));
      return;
    }
    UserRecord u = user.get().user();
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            u.username(),
            null,
            AccessUser.roles(u).stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList());
    auth.setDetails(new ApiTokenDetails(user.get().tokenId()));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private record TokenUser(UserRecord user, long tokenId) {}

  private Optional<TokenUser> authenticate(String token) {
    if (!token.startsWith(ApiTokenRepository.PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<ApiTokenRecord> found = store.tokens().lookup(token).filter(t -> t.activeAt(now));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiTokenRecord t = found.get();
    if (t.lastUsedAt() == null || t.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
      store.tokens().touch(t.id(), now);
    }
    return store
        .users()
        .user(t.userId())
        .filter(UserRecord::enabled)
        .map(u -> new TokenUser(u, t.id()));
  }
}
