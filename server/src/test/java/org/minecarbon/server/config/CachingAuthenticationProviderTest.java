package org.minecarbon.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class CachingAuthenticationProviderTest {
  private final AtomicInteger checks = new AtomicInteger();
  private final AuthenticationProvider slow =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
          checks.incrementAndGet();
          if (!"right".equals(a.getCredentials())) {
            throw new BadCredentialsException("bad");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              a.getName(), null, AuthorityUtils.createAuthorityList("ROLE_USER"));
        }

        @Override
        public boolean supports(Class<?> c) {
          return true;
        }
      };

  @Test
  void sameCredentials_checkedOnce_wrongPasswordAlwaysChecked() {
    CachingAuthenticationProvider p = new CachingAuthenticationProvider(slow);

    p.authenticate(token("right"));
    Authentication second = p.authenticate(token("right"));

    assertThat(second.isAuthenticated()).isTrue();
    assertThat(checks).hasValue(1);
    assertThatThrownBy(() -> p.authenticate(token("wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> p.authenticate(token("wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(3);
  }

  private static UsernamePasswordAuthenticationToken token(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("alice", password);
  }
}
