/**
 * Reduction-pathway planner: baseline projection, measures, targets, MACC and the mixed-integer
 * programme behind a solver port (plan contract v1).
 */
@NullMarked
package org.minecarbon.planning;

import org.jspecify.annotations.NullMarked;
