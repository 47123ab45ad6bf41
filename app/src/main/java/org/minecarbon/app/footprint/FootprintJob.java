package org.minecarbon.app.footprint;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;

/**
 * A footprint computed in the background (with a background database).
 *
 * @param state running, done, failed or cancelled
 * @param runId the stored run once done
 * @param issues why it failed, or its warnings
 */
public record FootprintJob(
    String id,
    long enterpriseId,
    String state,
    double progress,
    @Nullable Long runId,
    List<Issue> issues) {
  public FootprintJob {
    issues = List.copyOf(issues);
  }
}
