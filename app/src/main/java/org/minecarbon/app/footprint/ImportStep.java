package org.minecarbon.app.footprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One phase of a database import as far as it ran.
 *
 * @param done whether the phase finished (false: running, or the phase that failed)
 * @param counts what the phase counted, in order (e.g. {@code processes → 766}); keys are stable
 *     words the pages translate ({@code lcadb.count.<key>})
 */
public record ImportStep(ImportPhase phase, boolean done, Map<String, Long> counts) {
  public ImportStep {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
