package org.minecarbon.app.audit;

import org.jspecify.annotations.Nullable;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

/**
 * The append-only, hash-chained audit trail of every data change (issue 4): who changed what, when,
 * from which state to which, and why.
 *
 * <p>Callers record one entry per change <em>inside the same store transaction as the change</em>,
 * so that a change is never committed without its entry (and an entry never without its change).
 * The implementation takes the actor (signed-in user name) from the {@link
 * org.minecarbon.app.access.Actor} port, the time from its clock and the tenant group from the
 * enterprise (or, for group-level entries, from the user).
 */
public interface AuditTrail {

  /**
   * Appends one entry to the audit trail.
   *
   * @param enterpriseId the enterprise the change belongs to, or {@code 0} for a group-level change
   *     (factor sets, benchmarks, users…)
   * @param entity what kind of thing changed, lower case: {@code row}, {@code site}, {@code
   *     enterprise}, {@code import}, {@code period}, {@code factor_set}, {@code benchmark}…
   * @param entityId the id of the changed thing (database id, or e.g. {@code 2024} for a year)
   * @param action {@code create} | {@code update} | {@code delete} or a workflow action ({@code
   *     submit}, {@code review}, {@code return}, {@code verify}, {@code reopen}, {@code import}…)
   * @param before the document of the thing before the change, or null when it did not exist
   * @param after the document of the thing after the change, or null when it no longer exists
   * @param reason why the change was made, as the user stated it (header {@code X-Change-Reason} or
   *     the form field {@code reason}), or null
   */
  void record(
      long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable JsonNode before,
      @Nullable JsonNode after,
      @Nullable String reason);

  /**
   * Appends one entry whose documents are already compact JSON text: for a large entry (an import's
   * difference, tens of megabytes) whose text is made beside the caller's thread, so the caller
   * does not serialize it again.
   *
   * @param beforeJson the document before as compact JSON text (one JSON value), or null
   * @param afterJson the document after as compact JSON text (one JSON value), or null
   * @see #record(long, String, String, String, JsonNode, JsonNode, String)
   */
  default void recordJson(
      long enterpriseId,
      String entity,
      String entityId,
      String action,
      @Nullable String beforeJson,
      @Nullable String afterJson,
      @Nullable String reason) {
    // a trail that keeps trees reads the texts back; the store's trail keeps the text as it is
    record(
        enterpriseId,
        entity,
        entityId,
        action,
        beforeJson == null ? null : JsonCodec.mapper().readTree(beforeJson),
        afterJson == null ? null : JsonCodec.mapper().readTree(afterJson),
        reason);
  }

  /** The longest reason kept; longer ones are cut. */
  int MAX_REASON = 2000;

  /** A stated reason as recorded: trimmed and capped, null when blank. */
  static @Nullable String cleanReason(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String r = reason.strip();
    return r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r;
  }
}
