package org.minecarbon.server.config;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.minecarbon.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic (or the browser session), problem+json on 401/403,
 * CSRF required only for session-authenticated writes (a request with an Authorization header
 * cannot be forged cross-site). Everything else: form login at {@code /login} with CSRF. The
 * session cookie is HttpOnly and SameSite=Lax (application.yml).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {
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
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ProblemAuthenticationEntryPoint entryPoint,
      UserDetailsService users,
      PasswordEncoder encoder)
      throws Exception {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    http.authenticationManager(new ProviderManager(new CachingAuthenticationProvider(dao)));
    RequestMatcher csrfNeeded =
        req -> !SAFE_METHODS.contains(req.getMethod()) && !hasAuthorization(req);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
        .csrf(c -> c.requireCsrfProtectionMatcher(csrfNeeded))
        .requestCache(c -> c.disable())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated());
    if (new ClassPathResource("templates/login.html").exists()) {
      // the UI module brings its own (bilingual) login page
      http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
    } else {
      http.formLogin(f -> f.defaultSuccessUrl("/", false).permitAll());
    }
    http.logout(l -> l.logoutSuccessUrl("/login?logout").permitAll()).csrf(withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // {bcrypt} by default; the prefix lets stored hashes move to Argon2 later
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                        .roles(u.roles().toArray(String[]::new))
                        .disabled(!u.enabled())
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
  }

  private static boolean hasAuthorization(HttpServletRequest req) {
    return req.getHeader("Authorization") != null;
  }
}
