package org.minecarbon.lca.matrix;

/** A factorised square matrix that solves A x = b. */
public interface LinearSolver {
  double[] solve(double[] b);

  /**
   * Factorises {@code a}: dense LU with partial pivoting below {@link #DENSE_LIMIT} columns (as
   * openLCA does), a sparse LU above.
   */
  static LinearSolver factorize(CscMatrix a) {
    return a.cols() < DENSE_LIMIT ? DenseLu.of(a) : SparseLu.of(a);
  }

  int DENSE_LIMIT = 3000;
}
