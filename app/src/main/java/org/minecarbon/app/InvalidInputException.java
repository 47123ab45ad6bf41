package org.minecarbon.app;

import java.util.List;
import org.minecarbon.core.result.Issue;

/**
 * User input was rejected; carries every problem found (HTTP 422 with the issues listed). Nothing
 * was saved.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Issue> issues;

  public InvalidInputException(String message, List<Issue> issues) {
    super(message);
    this.issues = List.copyOf(issues);
  }

  public InvalidInputException(Issue issue) {
    this(issue.message(), List.of(issue));
  }

  public List<Issue> issues() {
    return issues;
  }

  /** Throws when any of the issues is an error (warnings alone pass). */
  public static void throwOnErrors(String message, List<Issue> issues) {
    if (issues.stream().anyMatch(Issue::isError)) {
      throw new InvalidInputException(message, issues);
    }
  }
}
