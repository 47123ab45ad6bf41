package org.minecarbon.app;

import org.minecarbon.core.result.Issue;

/**
 * A well-formed request that is refused with one issue and a given status; nothing was changed or
 * saved. Used for a write to a locked (or in-review) reporting year and a workflow transition not
 * allowed from the year's status (409), a workflow action missing its required reason (400), and
 * evidence files that are too large (413), of a type that is not allowed (415), empty (400) or
 * whose stored content no longer matches its checksum (409).
 */
public final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Issue issue;

  public RefusedException(int status, Issue issue) {
    super(issue.message());
    this.status = status;
    this.issue = issue;
  }

  /** The HTTP status the API answers with. */
  public int status() {
    return status;
  }

  public Issue issue() {
    return issue;
  }
}
