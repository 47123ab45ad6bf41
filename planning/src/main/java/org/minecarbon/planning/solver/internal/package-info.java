/**
 * The OR-Tools MPSolver adapter behind the solver port (SCIP by default, CBC as second opinion).
 */
@NullMarked
package org.minecarbon.planning.solver.internal;

import org.jspecify.annotations.NullMarked;
