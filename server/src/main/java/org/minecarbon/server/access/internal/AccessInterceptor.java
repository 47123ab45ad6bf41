package org.minecarbon.server.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.AccessUser;
import org.minecarbon.server.access.AccessRules;
import org.minecarbon.server.access.CurrentUser;
import org.minecarbon.server.access.MissingPermissionException;
import org.minecarbon.server.access.Requires;
import org.minecarbon.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link Requires} / {@code @PublicEndpoint} before every application handler: no rule →
 * 403 and an error in the log (fail closed); permission not granted by any role → 403; the
 * enterprise of the path outside the user's group or enterprise scope → 404, as if it did not
 * exist. The 403/404 are thrown, so the API answers problem+json and the UI its error page.
 */
class AccessInterceptor implements HandlerInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(AccessInterceptor.class);

  private final CurrentUser currentUser;
  private final Store store;

  AccessInterceptor(CurrentUser currentUser, Store store) {
    this.currentUser = currentUser;
    this.store = store;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || AccessRules.isFramework(method)) {
      return true;
    }
    Optional<AccessRules.Rule> rule = AccessRules.ruleOf(method.getMethod());
    if (rule.isEmpty()) {
      LOG.error(
          "handler {}#{} has no @Requires or @PublicEndpoint: denied",
          method.getBeanType().getName(),
          method.getMethod().getName());
      throw new AccessDeniedException("no access rule for this endpoint");
    }
    if (rule.get() instanceof AccessRules.Needs(Requires requires)) {
      check(request, requires);
    }
    return true;
  }

  private void check(HttpServletRequest request, Requires requires) {
    AccessUser user =
        currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    if (!user.can(requires.value())) {
      throw new MissingPermissionException(requires.value());
    }
    if (!requires.enterprise().isEmpty()) {
      String raw = pathVariable(request, requires.enterprise());
      long id = parse(requires.enterprise(), raw);
      boolean visible =
          user.scope().enterpriseAllowed(id)
              && store
                  .inventories()
                  .enterprise(id)
                  .filter(e -> Objects.equals(e.groupId(), user.groupId()))
                  .isPresent();
      if (!visible) {
        throw new NotFoundException("enterprise", id);
      }
    }
  }

  private static String pathVariable(HttpServletRequest request, String name) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String value = vars instanceof Map<?, ?> m ? (String) m.get(name) : null;
    if (value == null) {
      LOG.error("@Requires names path variable {} that {} lacks", name, request.getRequestURI());
      throw new AccessDeniedException("misconfigured access rule");
    }
    return value;
  }

  /** The id, or the 400 Spring would answer for a path variable of the wrong type. */
  private static long parse(String name, String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      TypeMismatchException mismatch = new TypeMismatchException(raw, Long.class, e);
      mismatch.initPropertyName(name);
      throw mismatch;
    }
  }
}
