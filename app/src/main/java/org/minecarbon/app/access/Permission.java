package org.minecarbon.app.access;

/**
 * What an endpoint needs. Roles grant permissions ({@link Role#grants}); an endpoint names exactly
 * one permission with {@code @Requires} (in the web adapter).
 */
public enum Permission {
  /** View enterprises, sites, rows, results, reports, exports, row history and evidence. */
  READ,
  /**
   * Change and delete enterprises; create, change and delete sites and rows; import; attach
   * evidence.
   */
  EDIT_DATA,
  /**
   * Create enterprises of the group (by form or from a file): a group-level act, so only the
   * administrator; data entry works inside enterprises that exist.
   */
  MANAGE_ENTERPRISES,
  /** Upload factor sets and maintain benchmarks of the group. */
  MANAGE_CATALOG,
  /** Submit a reporting year for review (draft → submitted). */
  SUBMIT,
  /** Review a submitted year (submitted → reviewed, or back to draft). */
  REVIEW,
  /** Sign off a reviewed year as verified, which locks it. */
  VERIFY,
  /** Reopen a verified year for a correction, with a stated reason (new version). */
  REOPEN,
  /** Read the audit trail and check its hash chain. */
  AUDIT,
  /** Manage users, their roles and scopes, and API tokens of others. */
  MANAGE_USERS
}
