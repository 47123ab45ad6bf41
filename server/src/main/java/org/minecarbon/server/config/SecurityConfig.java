package org.minecarbon.server.config;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Two filter chains. {@code /api/**}: API tokens ({@code Authorization: Bearer mc_…}, the fast
 * path), HTTP Basic or the browser session; problem+json on 401/403/429; CSRF required only for
 * session-authenticated writes (a request with an Authorization header cannot be forged
 * cross-site). Everything else: form login at {@code /login} with CSRF. Both: password sign-in
 * through the {@link LoginThrottle}, security headers (CSP, nosniff, frame DENY, Referrer-Policy,
 * Permissions-Policy, no-store). Per-endpoint rules ({@code @Requires}) are enforced after the
 * chain by the access interceptor. The session cookie is HttpOnly, SameSite=Lax and Secure when
 * {@code server.servlet.session.cookie.secure} is true (application.yml).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
  /**
   * Scripts only from this origin (no inline scripts or handlers in the templates); inline styles
   * allowed: the templates use a few style attributes, htmx adds its indicator style and ECharts
   * styles its elements.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String[] PUBLIC = {
    "/login",
    "/error",
    "/favicon.ico",
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/actuator/health",
    "/actuator/health/**"
  };

  /** The OpenAPI document is served by the API chain: session, token or Basic (issue 11). */
  private static final String[] API = {"/api/**", "/v3/api-docs", "/v3/api-docs/**"};

  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users,
      UserDetailsPasswordService upgrades,
      PasswordEncoder encoder,
      LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    dao.setUserDetailsPasswordService(upgrades);
    return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ProblemAuthenticationEntryPoint entryPoint,
      AuthenticationManager authentication,
      Store store,
      @Value("${minecarbon.api.max-json-body:2MB}") DataSize maxJsonBody,
      @Value("${minecarbon.import.max-bytes:65MB}") DataSize importMax,
      @Value("${minecarbon.upload.max-bytes:21MB}") DataSize uploadMax)
      throws Exception {
    UploadLimits.of(importMax, uploadMax).apply(http);
    RequestMatcher csrfNeeded =
        req -> !SAFE_METHODS.contains(req.getMethod()) && !hasAuthorization(req);
    http.securityMatcher(API)
        .authenticationManager(authentication)
        .addFilterBefore(
            new BodyLimitFilter(maxJsonBody.toBytes()), BasicAuthenticationFilter.class)
        .addFilterBefore(new ApiTokenFilter(store, entryPoint), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
        .csrf(c -> c.requireCsrfProtectionMatcher(csrfNeeded))
        .requestCache(c -> c.disable())
        .headers(SecurityConfig::headers)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http,
      AuthenticationManager authentication,
      Store store,
      @Value("${minecarbon.import.max-bytes:65MB}") DataSize importMax,
      @Value("${minecarbon.upload.max-bytes:21MB}") DataSize uploadMax)
      throws Exception {
    UploadLimits.of(importMax, uploadMax).apply(http);
    http.authenticationManager(authentication)
        .authorizeHttpRequests(
            a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .headers(SecurityConfig::headers);
    if (new ClassPathResource("templates/login.html").exists()) {
      // the UI module brings its own (bilingual) login page
      SavedRequestAwareAuthenticationSuccessHandler toPage =
          new SavedRequestAwareAuthenticationSuccessHandler();
      toPage.setDefaultTargetUrl("/");
      http.formLogin(
          f ->
              f.loginPage("/login")
                  .successHandler(
                      (req, res, auth) -> {
                        SessionCredentials.remember(store, req, auth);
                        toPage.onAuthenticationSuccess(req, res, auth);
                      })
                  .failureHandler(
                      (req, res, e) ->
                          res.sendRedirect(
                              req.getContextPath()
                                  + (e instanceof TooManyAttemptsException
                                      ? "/login?locked"
                                      : "/login?error")))
                  .permitAll());
    } else {
      http.formLogin(f -> f.defaultSuccessUrl("/", false).permitAll());
    }
    // a session ends when its user's password changes (issue 11)
    http.addFilterAfter(new SessionCredentials(store), SecurityContextHolderFilter.class);
    // session fixation protection (a new session id at sign-in) is Spring Security's default
    http.logout(l -> l.logoutSuccessUrl("/login?logout").permitAll()).csrf(withDefaults());
    return http.build();
  }

  private static void headers(HeadersConfigurer<HttpSecurity> h) {
    // defaults kept: X-Content-Type-Options nosniff, Cache-Control no-store, HSTS on HTTPS
    h.frameOptions(f -> f.deny())
        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
  }

  /**
   * BCrypt (cost 12 unless configured) behind the {@code {id}} prefix. Argon2 would need
   * BouncyCastle, which is not a dependency of the project; stored hashes of a lower cost are
   * upgraded at the next successful sign-in.
   */
  @Bean
  PasswordEncoder passwordEncoder(
      @Value("${minecarbon.security.bcrypt-strength:12}") int strength) {
    return new DelegatingPasswordEncoder(
        "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
  }

  @Bean
  UserDetailsService userDetailsService(Store store) {
    return username ->
        store
            .users()
            .user(username)
            .map(
                u ->
                    User.withUsername(u.username())
                        .password(u.passwordHash())
                        .authorities(
                            AccessUser.roles(u).stream()
                                .map(r -> "ROLE_" + r.name())
                                .toList()
                                .toArray(String[]::new))
                        .disabled(!u.enabled())
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
  }

  @Bean
  UserDetailsPasswordService passwordUpgrades(Store store) {
    return (user, newHash) -> {
      store.users().changePassword(user.getUsername(), newHash);
      return User.withUserDetails(user).password(newHash).build();
    };
  }

  private static boolean hasAuthorization(HttpServletRequest req) {
    return req.getHeader("Authorization") != null;
  }
}
