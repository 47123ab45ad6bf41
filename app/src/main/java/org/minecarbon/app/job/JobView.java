package org.minecarbon.app.job;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;

/**
 * A snapshot of one job.
 *
 * @param kind what runs ({@code uncertainty}; later {@code plan}, {@code footprint}, {@code
 *     import})
 * @param state {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param progress fraction done, 0..1
 * @param params what the job was asked to do
 * @param result the result once done (the JSON the job produced)
 * @param issues why it failed, or its warnings once done
 */
public record JobView(
    String id,
    String kind,
    @Nullable Long enterpriseId,
    String state,
    double progress,
    JsonNode params,
    @Nullable JsonNode result,
    List<Issue> issues,
    String startedBy,
    Instant createdAt,
    @Nullable Instant finishedAt) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";

  public JobView {
    issues = List.copyOf(issues);
  }

  /** Whether the job has finished (done, failed or cancelled). */
  public boolean finished() {
    return !RUNNING.equals(state);
  }
}
