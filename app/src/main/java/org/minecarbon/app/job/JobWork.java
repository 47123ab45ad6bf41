package org.minecarbon.app.job;

import org.minecarbon.core.result.Result;
import tools.jackson.databind.JsonNode;

/**
 * The work of one job: runs on the runner's pool, reports progress through its {@link Progress},
 * and returns its result as JSON (what is kept in the store) or the issues why it failed.
 */
@FunctionalInterface
public interface JobWork {
  Result<JsonNode> run(Progress progress);

  /** What the work reports while it runs. */
  interface Progress {
    /**
     * Sets the fraction done (0..1, clamped).
     *
     * @throws JobCancelledException when the job was cancelled, to stop the work
     */
    void set(double fraction);

    /** Whether the job was cancelled (for work that polls instead of reporting progress). */
    boolean cancelled();
  }
}
