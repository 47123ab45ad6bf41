package org.minecarbon.server.app;

import org.minecarbon.core.result.Issue;

/**
 * An evidence upload or download that cannot be served: too large (413), a type that is not allowed
 * (415), empty or malformed (400), or stored content that no longer matches its checksum (409).
 * Nothing was saved.
 */
public final class EvidenceRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Issue issue;

  public EvidenceRejectedException(int status, Issue issue) {
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
