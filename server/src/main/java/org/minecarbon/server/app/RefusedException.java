package org.minecarbon.server.app;

import org.minecarbon.core.result.Issue;

/**
 * A well-formed request that the state of the data refuses: a write to a locked (or in-review)
 * reporting year, a workflow transition not allowed from the year's status (HTTP 409), or a
 * workflow action missing its required reason (HTTP 400). Nothing was changed.
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

  /** 409 (conflict with the data's state) or 400 (missing reason). */
  public int status() {
    return status;
  }

  public Issue issue() {
    return issue;
  }
}
