package org.minecarbon.app.footprint;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;

/**
 * An upload being prepared in the background (job kind {@code lca-database-import}).
 *
 * @param state running, done, failed or cancelled
 * @param progress fraction done, 0..1
 * @param steps the phases run so far with their counts (kept in memory: empty for an import
 *     finished before the application restarted)
 * @param databaseId the stored database once done
 * @param issues every problem of the package when it failed (nothing was stored then)
 */
public record LcaDatabaseImport(
    String id,
    String name,
    String state,
    double progress,
    List<ImportStep> steps,
    @Nullable Long databaseId,
    List<Issue> issues,
    String startedBy,
    Instant createdAt) {
  public LcaDatabaseImport {
    steps = List.copyOf(steps);
    issues = List.copyOf(issues);
  }

  /** Whether the import has finished (done, failed or cancelled). */
  public boolean finished() {
    return !"running".equals(state);
  }
}
