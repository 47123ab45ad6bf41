package org.minecarbon.stream.job;

/**
 * One meter's integrated month as of event time {@code asOf} (stage 1 → stage 2): the {@code
 * MonthTotals} slice of that month, routed to the row group it feeds.
 *
 * @param group the row group (key of stage 2 with {@code month})
 * @param month {@code YYYY-MM} in the registry timezone
 * @param quantity row unit
 * @param estimated row unit, the part bridged or substituted over gaps
 * @param covered milliseconds of the month covered by intervals no longer than maxGap
 */
public record MonthPiece(
    String group,
    String meter,
    String month,
    double quantity,
    double estimated,
    long covered,
    boolean touched,
    long asOf) {

  /** Stage 2's key: one row group in one month. */
  public String key() {
    return group + "|" + month;
  }
}
