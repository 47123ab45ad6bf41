package org.minecarbon.store.period;

/**
 * The workflow state of one reporting year of an enterprise, as stored.
 *
 * @param status the stored status code ({@code draft}, {@code submitted}, {@code reviewed}, {@code
 *     verified}); the workflow's rules live in the app's {@code workflow} feature
 * @param version 1 until the year is first reopened, then + 1 for each reopening
 */
public record PeriodRecord(long enterpriseId, int year, String status, int version) {
  /** The status of a year that has no stored state yet. */
  public static final String DRAFT = "draft";
}
