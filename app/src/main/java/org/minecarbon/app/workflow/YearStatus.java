package org.minecarbon.app.workflow;

import java.util.List;
import org.minecarbon.app.audit.AuditView;

/**
 * The workflow state of a reporting year.
 *
 * @param status {@code draft} | {@code submitted} | {@code reviewed} | {@code verified}
 * @param version 1, then + 1 for each reopening
 * @param locked true when the year's data cannot change (any status but draft)
 * @param history the year's workflow entries of the audit trail, newest first
 */
public record YearStatus(
    long enterpriseId,
    int year,
    String status,
    int version,
    boolean locked,
    List<AuditView> history) {}
