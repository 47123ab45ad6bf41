package org.minecarbon.app.document;

import java.util.List;
import org.minecarbon.core.result.Issue;

/**
 * What an import saved.
 *
 * @param warnings non-blocking issues found in the document
 */
public record ImportResult(
    long enterpriseId, int sites, int activities, int sinks, int production, List<Issue> warnings) {
  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
