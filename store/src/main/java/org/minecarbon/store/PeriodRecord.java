package org.minecarbon.store;

/**
 * The workflow state of one reporting year of an enterprise.
 *
 * @param version 1 until the year is first reopened, then + 1 for each reopening
 */
public record PeriodRecord(long enterpriseId, int year, PeriodStatus status, int version) {}
