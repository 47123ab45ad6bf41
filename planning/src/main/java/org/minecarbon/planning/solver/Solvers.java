package org.minecarbon.planning.solver;

import org.minecarbon.planning.solver.internal.OrToolsSolver;

/** The solvers behind the port: OR-Tools MPSolver with SCIP (default) or CBC. */
public final class Solvers {
  private Solvers() {}

  /** SCIP through OR-Tools MPSolver, the default. */
  public static MipSolver scip() {
    return new OrToolsSolver("SCIP");
  }

  /** CBC through OR-Tools MPSolver, the second opinion. */
  public static MipSolver cbc() {
    return new OrToolsSolver("CBC");
  }
}
