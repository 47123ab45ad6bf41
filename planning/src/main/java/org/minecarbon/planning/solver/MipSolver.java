package org.minecarbon.planning.solver;

import java.time.Duration;
import org.minecarbon.planning.model.Mip;

/** The solver port: a proven optimum of a {@link Mip}, and its text as free MPS. */
public interface MipSolver {
  /**
   * Solves to a relative gap of 1e-9 (absolute 1e-7 in the programme's scale) within the limit.
   *
   * @throws SolverException when the native solver fails or answers with an unmapped status
   */
  MipSolution solve(Mip mip, Duration timeLimit);

  /** The programme as free MPS (minimisation). */
  String exportMps(Mip mip);
}
