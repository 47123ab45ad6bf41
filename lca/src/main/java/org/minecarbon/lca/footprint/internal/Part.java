package org.minecarbon.lca.footprint.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.lca.footprint.Origin;
import org.minecarbon.lca.footprint.UpstreamFactor;

/**
 * One unallocated term of the footprint: a row's kg CO2e of one origin at its site.
 *
 * @param site resolved site id, {@code ""} for an enterprise-level row
 * @param kg kg CO2e before allocation; negative for removals
 * @param background the background process an upstream term comes from, null for other origins
 */
record Part(
    String row,
    String pointer,
    Stage stage,
    String site,
    Origin origin,
    double kg,
    @Nullable UpstreamFactor background) {
  /** A term without a background process (direct, electricity, removals). */
  Part(String row, String pointer, Stage stage, String site, Origin origin, double kg) {
    this(row, pointer, stage, site, origin, kg, null);
  }
}
