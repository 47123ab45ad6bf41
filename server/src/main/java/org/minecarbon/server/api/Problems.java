package org.minecarbon.server.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecarbon.core.result.Issue;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem details: type {@code urn:minecarbon:issue:<CODE>} (the first error's code), title,
 * status, detail, and {@code issues}: every problem as {code, severity, message, pointer, value,
 * expected, location}, the same fields the CLI prints.
 */
public final class Problems {
  /** Prefix of every problem type. */
  public static final String TYPE_PREFIX = "urn:minecarbon:issue:";

  private Problems() {}

  public static ProblemDetail of(
      HttpStatusCode status, String title, String detail, List<Issue> issues) {
    String code =
        issues.stream()
            .filter(Issue::isError)
            .map(Issue::code)
            .findFirst()
            .orElse(issues.isEmpty() ? "ERROR" : issues.get(0).code());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPE_PREFIX + code));
    p.setTitle(title);
    p.setProperty("issues", issues(issues));
    return p;
  }

  public static ProblemDetail of(HttpStatusCode status, String title, Issue issue) {
    return of(status, title, issue.message(), List.of(issue));
  }

  /** Issues as JSON-ready maps (severity in lower case, empty strings kept). */
  public static List<Map<String, String>> issues(List<Issue> issues) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Issue i : issues) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", i.code());
      m.put("severity", i.severity().name().toLowerCase(Locale.ROOT));
      m.put("message", i.message());
      m.put("pointer", i.pointer());
      m.put("value", i.value());
      m.put("expected", i.expected());
      m.put("location", i.location());
      out.add(m);
    }
    return out;
  }
}
