package org.minecarbon.app.balance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;

/**
 * A Monte Carlo uncertainty analysis running in the background (a job of the {@link
 * org.minecarbon.app.job.JobRunner}, kind {@code uncertainty}).
 *
 * @param state {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param progress fraction done, 0..1
 * @param report the result once done, in the CLI's {@code uncertainty --format json} shape ({@code
 *     "format": "minecarbon/uncertainty@1"}, tCO2e), as kept in the store
 * @param issues why it failed (or warnings once done)
 */
public record UncertaintyJob(
    String id,
    long enterpriseId,
    String state,
    double progress,
    int iterations,
    long seed,
    @Nullable JsonNode report,
    List<Issue> issues) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";

  public UncertaintyJob {
    issues = List.copyOf(issues);
  }
}
