package org.minecarbon.server.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.uncertainty.UncertaintyReport;

/**
 * A Monte Carlo uncertainty analysis running in the background.
 *
 * @param state {@code running}, {@code done} or {@code failed}
 * @param progress fraction done, 0..1
 * @param report the result once done
 * @param issues why it failed (or warnings once done)
 */
public record UncertaintyJob(
    String id,
    long enterpriseId,
    String state,
    double progress,
    int iterations,
    long seed,
    @Nullable UncertaintyReport report,
    List<Issue> issues) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  public UncertaintyJob {
    issues = List.copyOf(issues);
  }
}
