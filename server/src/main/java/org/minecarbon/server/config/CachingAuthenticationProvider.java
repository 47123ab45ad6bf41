package org.minecarbon.server.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash costs tens of
 * milliseconds of CPU: an API client would be limited to a few dozen requests per second per core.
 * This provider remembers a successful check for a short time, keyed by the user name, as an HMAC
 * of the password under a random per-process key (never the password itself), and answers a
 * repeated request with the same credentials from memory. A changed or disabled account is seen
 * after at most {@link #TTL_MILLIS}.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {
  static final long TTL_MILLIS = 60_000;
  private static final int MAX_ENTRIES = 10_000;

  private final AuthenticationProvider delegate;
  private final SecretKeySpec key;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(byte[] mac, Authentication result, long expires) {}

  CachingAuthenticationProvider(AuthenticationProvider delegate) {
    this.delegate = delegate;
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (!(authentication.getCredentials() instanceof String password)) {
      return delegate.authenticate(authentication);
    }
    String user = authentication.getName();
    byte[] mac = mac(user, password);
    long now = System.currentTimeMillis();
    Entry hit = cache.get(user);
    if (hit != null && hit.expires() > now && MessageDigest.isEqual(hit.mac(), mac)) {
      return hit.result();
    }
    Authentication result = delegate.authenticate(authentication);
    if (result != null && result.isAuthenticated()) {
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(user, new Entry(mac, result, now + TTL_MILLIS));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private byte[] mac(String user, String password) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      m.update(user.getBytes(StandardCharsets.UTF_8));
      m.update((byte) 0);
      return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
