package org.minecarbon.lca.matrix;

import java.util.Optional;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/** A factorised square matrix that solves A x = b. */
public interface LinearSolver {
  double[] solve(double[] b);

  /**
   * The factorisation of a matrix with the same pattern, reusing this one's ordering and pivots
   * (KLU's refactor); empty when this solver cannot (dense) or a reused pivot is too small.
   */
  default Optional<LinearSolver> refactor(CscMatrix a) {
    return Optional.empty();
  }

  /**
   * Factorises {@code a}: dense LU with partial pivoting below {@link #DENSE_LIMIT} columns (as
   * openLCA does), the block triangular sparse LU ({@link BtfLu}) above. A singular matrix is an
   * {@link ArithmeticException}; {@link #tryFactorize} returns it as an issue.
   */
  static LinearSolver factorize(CscMatrix a) {
    return switch (tryFactorize(a)) {
      case Result.Ok<LinearSolver> ok -> ok.value();
      case Result.Err<LinearSolver> err ->
          throw new ArithmeticException(err.issues().get(0).message());
    };
  }

  /** As {@link #factorize}, a singular matrix being the error {@code SINGULAR_SYSTEM}. */
  static Result<LinearSolver> tryFactorize(CscMatrix a) {
    if (a.cols() >= DENSE_LIMIT) {
      return switch (BtfLu.of(a)) {
        case Result.Ok<BtfLu> ok -> Result.ok(ok.value());
        case Result.Err<BtfLu> err -> Result.err(err.issues());
      };
    }
    return DenseLu.factor(a)
        .<Result<LinearSolver>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Issue.error(
                        "SINGULAR_SYSTEM",
                        "matrix",
                        "technosphere matrix is singular (dense LU)")));
  }

  int DENSE_LIMIT = 3000;
}
