/** The solver port: solves a solver-neutral mixed-integer programme and exports it as free MPS. */
@NullMarked
package org.minecarbon.planning.solver;

import org.jspecify.annotations.NullMarked;
