package org.minecarbon.planning.solver;

/**
 * A solver's answer: status, objective and best bound in the programme's own scale, variable values
 * (empty unless a solution was found).
 */
public record MipSolution(SolveStatus status, double objective, double bound, double[] values) {
  public MipSolution {
    values = values.clone();
  }

  public double value(int var) {
    return values[var];
  }

  public boolean hasSolution() {
    return status == SolveStatus.OPTIMAL || status == SolveStatus.FEASIBLE;
  }

  /** Relative gap |obj − bound| / max(1, |obj|). */
  public double gap() {
    return Math.abs(objective - bound) / Math.max(1, Math.abs(objective));
  }
}
