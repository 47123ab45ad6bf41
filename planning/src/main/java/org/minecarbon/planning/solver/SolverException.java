package org.minecarbon.planning.solver;

/** The native solver failed (could not load, crashed, or answered with an unmapped status). */
public final class SolverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SolverException(String message) {
    super(message);
  }

  public SolverException(String message, Throwable cause) {
    super(message, cause);
  }
}
