package org.minecarbon.app;

/**
 * Issue codes of the web application, in addition to core's {@code Codes} and io's {@code IoCodes}
 * (they become the problem type {@code urn:minecarbon:issue:<CODE>}).
 */
public final class AppCodes {
  /** No such enterprise, site, row, factor set, benchmark or job (HTTP 404). */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** The request is malformed: unreadable JSON body, missing or mistyped parameter (HTTP 400). */
  public static final String BAD_REQUEST = "BAD_REQUEST";

  /** The record changed since the client read it (HTTP 409). */
  public static final String STALE_VERSION = "STALE_VERSION";

  /**
   * A change of a row sent without the version it was based on (HTTP 428): optimistic locking is
   * required, so that no update is lost silently.
   */
  public static final String PRECONDITION_REQUIRED = "PRECONDITION_REQUIRED";

  /** A site cannot be deleted while rows refer to it (HTTP 409). */
  public static final String SITE_IN_USE = "SITE_IN_USE";

  /** An enterprise, site or factor set with this id already exists (HTTP 409). */
  public static final String DUPLICATE = "DUPLICATE";

  /** HTTP method not allowed, unsupported media type or not acceptable (HTTP 405/415/406). */
  public static final String UNSUPPORTED = "UNSUPPORTED";

  /** Sign-in needed (HTTP 401). */
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

  /** Signed in, but not allowed (HTTP 403). */
  public static final String FORBIDDEN = "FORBIDDEN";

  /** A feature that is not available in this build (HTTP 501). */
  public static final String NOT_IMPLEMENTED = "NOT_IMPLEMENTED";

  /** An unexpected server failure (HTTP 500): never caused by input. */
  public static final String INTERNAL = "INTERNAL";

  /** A job was running when the application stopped; it has to be started again. */
  public static final String JOB_INTERRUPTED = "JOB_INTERRUPTED";

  // --- issue 4, audit and workflow (helper AUDIT)

  /**
   * The reporting year is submitted, reviewed or verified: its data (and, while any year is, the
   * enterprise header and existing sites) cannot change (HTTP 409).
   */
  public static final String PERIOD_LOCKED = "PERIOD_LOCKED";

  /** The workflow action is not allowed from the year's current status (HTTP 409). */
  public static final String WORKFLOW_STATE = "WORKFLOW_STATE";

  private AppCodes() {}

  // --- access (issue 4) ---

  /** Too many failed sign-ins for the user name or from the address; try again later (429). */
  public static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";

  // --- evidence files (issue 4, helper EVIDENCE) ---

  /** An evidence file is larger than minecarbon.evidence.max-bytes (HTTP 413). */
  public static final String EVIDENCE_TOO_LARGE = "EVIDENCE_TOO_LARGE";

  /** A JSON request body over the API's cap (413); document imports have their own, larger cap. */
  public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";

  /** An evidence file's type is not allowed, or its content does not match its extension (415). */
  public static final String EVIDENCE_TYPE = "EVIDENCE_TYPE";

  /** An evidence upload is empty or has no usable file name (HTTP 400). */
  public static final String EVIDENCE_EMPTY = "EVIDENCE_EMPTY";

  /** A stored evidence file no longer matches its SHA-256 checksum (HTTP 409). */
  public static final String EVIDENCE_CORRUPT = "EVIDENCE_CORRUPT";

  /**
   * A verified version's snapshot no longer matches the SHA-256 stored when it was verified (HTTP
   * 409): it was changed outside the application, so nothing is computed from it.
   */
  public static final String SNAPSHOT_CORRUPT = "SNAPSHOT_CORRUPT";

  /**
   * Separation of duties (HTTP 403): the person who entered or reviewed a year's data may not
   * verify it.
   */
  public static final String SEPARATION_OF_DUTIES = "SEPARATION_OF_DUTIES";

  /** A role combination that defeats separation of duties (VERIFIER with any entering role). */
  public static final String INCOMPATIBLE_ROLES = "INCOMPATIBLE_ROLES";
}
