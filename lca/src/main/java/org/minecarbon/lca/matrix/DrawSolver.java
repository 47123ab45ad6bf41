package org.minecarbon.lca.matrix;

import java.util.Optional;
import org.minecarbon.core.result.Result;

/**
 * Solves the sampled technospheres of a Monte Carlo run, all with the base matrix's pattern, in the
 * cheapest way that passes the residual check ‖A x − b‖∞ / ‖b‖∞ ≤ tolerance:
 *
 * <ol>
 *   <li>{@link Path#REFACTOR}: the base factorisation refactored with the draw's values (same
 *       blocks, order and pivots; {@link BtfLu#refactor}), then one solve; if the residual is above
 *       the tolerance, BiCGSTAB preconditioned by that refactored LU polishes it;
 *   <li>{@link Path#ITERATIVE}: when no refactor exists (dense base, or a reused pivot fell below
 *       the threshold), BiCGSTAB preconditioned by the base LU, warm-started from {@code start};
 *   <li>{@link Path#DIRECT}: else a fresh factorisation (new pivots); a singular draw is an error.
 * </ol>
 *
 * Stateless apart from the base factorisation, so two threads may solve different draws.
 */
public final class DrawSolver {
  /** How a draw was solved. */
  public enum Path {
    REFACTOR,
    ITERATIVE,
    DIRECT
  }

  /** A draw's solution and the path that produced it. */
  public record Solution(double[] x, Path path) {}

  private final LinearSolver base;
  private final double tolerance;
  private final int maxIterations;

  public DrawSolver(LinearSolver base, double tolerance, int maxIterations) {
    this.base = base;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  public Result<Solution> solve(CscMatrix a, double[] b, double[] start) {
    Optional<LinearSolver> refactored = base.refactor(a);
    if (refactored.isPresent()) {
      LinearSolver lu = refactored.get();
      double[] x = lu.solve(b);
      if (residual(a, b, x) <= tolerance) {
        return Result.ok(new Solution(x, Path.REFACTOR));
      }
      Optional<double[]> polished =
          new IterativeSolver(lu, tolerance, maxIterations).solve(a, b, x);
      if (polished.isPresent()) {
        return Result.ok(new Solution(polished.get(), Path.REFACTOR));
      }
    } else {
      Optional<double[]> it =
          new IterativeSolver(base, tolerance, maxIterations).solve(a, b, start);
      if (it.isPresent()) {
        return Result.ok(new Solution(it.get(), Path.ITERATIVE));
      }
    }
    return LinearSolver.tryFactorize(a).map(lu -> new Solution(lu.solve(b), Path.DIRECT));
  }

  /** ‖A x − b‖∞ / ‖b‖∞ (‖A x‖∞ when b = 0). */
  public static double residual(CscMatrix a, double[] b, double[] x) {
    double[] ax = a.multiply(x);
    double r = 0;
    double bn = 0;
    for (int i = 0; i < b.length; i++) {
      r = Math.max(r, Math.abs(ax[i] - b[i]));
      bn = Math.max(bn, Math.abs(b[i]));
    }
    return bn == 0 ? r : r / bn;
  }
}
