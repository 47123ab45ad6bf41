package org.minecarbon.lca.footprint.internal;

import org.minecarbon.core.inventory.Stage;
import org.minecarbon.lca.footprint.Origin;

/**
 * One unallocated term of the footprint: a row's kg CO2e of one origin at its site.
 *
 * @param site resolved site id, {@code ""} for an enterprise-level row
 * @param kg kg CO2e before allocation; negative for removals
 */
record Part(String row, String pointer, Stage stage, String site, Origin origin, double kg) {}
