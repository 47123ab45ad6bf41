/**
 * How the planner turns targets into year bounds and a solution into the result: years, MACC,
 * phases.
 */
@NullMarked
package org.minecarbon.planning.internal;

import org.jspecify.annotations.NullMarked;
