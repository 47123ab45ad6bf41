package org.minecarbon.server.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.minecarbon.app.AppCodes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.server.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * 401, 403 and 429 (too many failed sign-ins) for the API as problem+json (same shape as every API
 * error), Basic challenge on 401.
 */
@Component
public class ProblemAuthenticationEntryPoint
    implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof TooManyAttemptsException) {
      response.setHeader("Retry-After", "900");
      write(
          request,
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          Issue.error(AppCodes.TOO_MANY_ATTEMPTS, "", e.getMessage()));
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"MineCarbon\"");
    write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        Issue.error(
            AppCodes.UNAUTHENTICATED,
            "",
            "sign in (HTTP Basic, an API token: Authorization: Bearer mc_…, or the login page)"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String message =
        e.getClass().getSimpleName().contains("Csrf")
            ? "missing or invalid CSRF token (send X-CSRF-TOKEN, or use HTTP Basic)"
            : "not allowed";
    write(request, response, HttpStatus.FORBIDDEN, Issue.error(AppCodes.FORBIDDEN, "", message));
  }

  /** Writes one issue as problem+json, as the API's exception handler would. */
  static void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, Issue issue)
      throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode p = f.objectNode();
    p.put("type", Problems.TYPE_PREFIX + issue.code());
    p.put("title", status.getReasonPhrase());
    p.put("status", status.value());
    p.put("detail", issue.message());
    p.put("instance", request.getRequestURI());
    ArrayNode issues = p.putArray("issues");
    Problems.issues(java.util.List.of(issue)).forEach(m -> m.forEach(issues.addObject()::put));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JsonCodec.mapper().writeValueAsString(p));
  }
}
