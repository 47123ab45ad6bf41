package org.minecarbon.server.config;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic) through the {@link LoginThrottle}: refused while the user
 * name or the client address is throttled, even with the right password; a wrong password counts.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {
  private final AuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String user = authentication.getName() == null ? "" : authentication.getName();
    String ip =
        authentication.getDetails() instanceof WebAuthenticationDetails d
                && d.getRemoteAddress() != null
            ? d.getRemoteAddress()
            : "unknown";
    if (throttle.blocked(user, ip)) {
      throw new TooManyAttemptsException(
          "too many failed sign-ins; try again in " + throttle.window().toMinutes() + " minutes");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      throttle.succeeded(user);
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(user, ip);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
