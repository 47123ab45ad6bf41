package org.minecarbon.planning.solver;

/** How a solve ended. */
public enum SolveStatus {
  /** Proven optimal within the gap. */
  OPTIMAL,
  /** Stopped by the time limit with a feasible solution. */
  FEASIBLE,
  /** Proven infeasible. */
  INFEASIBLE,
  /** Stopped by the time limit without any feasible solution. */
  NOT_SOLVED
}
