package org.minecarbon.server.access;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;

/**
 * Reads the access rule of a handler method. Handlers of the framework (Spring Boot's error
 * controller, springdoc, actuator) are outside the rules: the security filter chain guards them.
 */
public final class AccessRules {
  private AccessRules() {}

  /** The rule of an application handler: {@link Requires}, {@link PublicEndpoint} or none. */
  public sealed interface Rule {}

  /** The handler needs a permission (and maybe an enterprise in scope). */
  public record Needs(Requires requires) implements Rule {}

  /** Anyone may call the handler. */
  public record Open(PublicEndpoint reason) implements Rule {}

  public static Optional<Rule> ruleOf(Method method) {
    Requires requires = method.getAnnotation(Requires.class);
    if (requires != null) {
      return Optional.of(new Needs(requires));
    }
    PublicEndpoint open = method.getAnnotation(PublicEndpoint.class);
    return open == null ? Optional.empty() : Optional.of(new Open(open));
  }

  /** Whether the handler belongs to the framework rather than the application. */
  public static boolean isFramework(HandlerMethod handler) {
    String type = handler.getBeanType().getName();
    return !type.startsWith("org.minecarbon.");
  }

  /** Application handlers that have no rule, as {@code Class#method} (the build must fail). */
  public static List<String> unruled(Collection<HandlerMethod> handlers) {
    return handlers.stream()
        .filter(h -> !isFramework(h))
        .filter(h -> ruleOf(h.getMethod()).isEmpty())
        .map(h -> h.getBeanType().getSimpleName() + "#" + h.getMethod().getName())
        .distinct()
        .sorted()
        .toList();
  }
}
