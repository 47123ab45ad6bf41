package org.minecarbon.lca.conformance;

import java.math.BigDecimal;
import java.util.Arrays;
import org.minecarbon.lca.matrix.CscMatrix;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.result.Matrices;

/**
 * The exact inventory of a system, as an outside reference for systems where the two engines'
 * round-off differ: s by LU and six steps of iterative refinement with the residual f − A s summed
 * exactly ({@link BigDecimal}), g = B s summed exactly. Used to decide which engine's result is
 * round-off-dominated.
 */
final class ExactSolution {
  private ExactSolution() {}

  /** g = B s for the refined s, in B's row order. */
  static double[] flows(Matrices m) {
    CscMatrix a = m.techMatrix();
    double[] f = m.demand();
    LinearSolver lu = LinearSolver.factorize(a);
    double[] s = lu.solve(f);
    for (int step = 0; step < 6; step++) {
      double[] d = lu.solve(residual(a, s, f));
      for (int i = 0; i < s.length; i++) {
        s[i] += d[i];
      }
    }
    return product(m.enviMatrix(), s, new double[m.enviMatrix().rows()]);
  }

  private static double[] residual(CscMatrix a, double[] s, double[] f) {
    double[] minusS = Arrays.stream(s).map(x -> -x).toArray();
    return product(a, minusS, f);
  }

  /** start + M x, every sum exact, rounded once. */
  private static double[] product(CscMatrix m, double[] x, double[] start) {
    BigDecimal[] sum = new BigDecimal[m.rows()];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = new BigDecimal(start[i]);
    }
    for (int j = 0; j < m.cols(); j++) {
      BigDecimal xj = new BigDecimal(x[j]);
      m.forEachInColumn(j, (row, v) -> sum[row] = sum[row].add(new BigDecimal(v).multiply(xj)));
    }
    double[] out = new double[sum.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = sum[i].doubleValue();
    }
    return out;
  }
}
