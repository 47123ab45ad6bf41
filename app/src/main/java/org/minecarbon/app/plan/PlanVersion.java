package org.minecarbon.app.plan;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a plan.
 *
 * @param planId the plan (all its versions share it)
 * @param version 1, 2, … (a save adds the next; nothing is overwritten)
 * @param document the plan document v1 as saved, without {@code inventory} (a run takes the
 *     enterprise's inventory as stored)
 * @param author who saved this version
 */
public record PlanVersion(
    long planId,
    long enterpriseId,
    int version,
    String name,
    JsonNode document,
    String author,
    Instant createdAt) {
  public PlanVersion {
    if (version < 1) {
      throw new IllegalArgumentException("version must be ≥ 1: " + version);
    }
  }
}
