package org.minecarbon.store.plan;

import java.time.Instant;

/**
 * One stored version of a plan.
 *
 * @param documentJson the plan document v1 as JSON text (without its inventory)
 */
public record PlanVersionRecord(
    long planId,
    long enterpriseId,
    int version,
    String name,
    String documentJson,
    String author,
    Instant createdAt) {}
