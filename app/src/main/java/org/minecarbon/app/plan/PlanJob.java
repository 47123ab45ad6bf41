package org.minecarbon.app.plan;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;

/**
 * A run of one plan version (a job of the {@link org.minecarbon.app.job.JobRunner}, kind {@code
 * plan}).
 *
 * @param state {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param progress fraction done, 0..1
 * @param result once done, the plan result ({@code "format": "minecarbon/plan-result@1"}), exactly
 *     what {@code minecarbon plan} prints for the same document with the enterprise's inventory
 * @param baseline once done, the baseline without any measure per plan year: {@code [{"year",
 *     "emissions", "removals"}]} (tCO2e), what the pathway chart compares against
 * @param issues why it failed, or the planner's warnings once done
 */
public record PlanJob(
    String id,
    long enterpriseId,
    long planId,
    int version,
    String state,
    double progress,
    @Nullable JsonNode result,
    @Nullable JsonNode baseline,
    @Nullable JsonNode scenarios,
    List<Issue> issues,
    String startedBy,
    Instant createdAt) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";

  public PlanJob {
    issues = List.copyOf(issues);
  }

  /** Whether the run has finished (done, failed or cancelled). */
  public boolean finished() {
    return !RUNNING.equals(state);
  }
}
