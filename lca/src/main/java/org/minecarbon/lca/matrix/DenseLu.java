package org.minecarbon.lca.matrix;

import java.util.Optional;

/** Dense LU with partial pivoting (column-major), for systems below a few thousand processes. */
public final class DenseLu implements LinearSolver {
  private final int n;
  private final double[] lu;
  private final int[] piv;

  private DenseLu(int n, double[] lu, int[] piv) {
    this.n = n;
    this.lu = lu;
    this.piv = piv;
  }

  /** Factorises a square matrix; a singular one is an {@link ArithmeticException}. */
  public static DenseLu of(CscMatrix a) {
    return factor(a)
        .orElseThrow(() -> new ArithmeticException("technosphere matrix is singular (dense LU)"));
  }

  /** Factorises a square matrix; empty when it is singular (a zero pivot column). */
  static Optional<DenseLu> factor(CscMatrix a) {
    int n = a.rows();
    double[] m = a.toDense();
    int[] piv = new int[n];
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(m[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(m[k * n + i]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      if (!(max > 0) || !Double.isFinite(max)) {
        return Optional.empty();
      }
      piv[k] = p;
      if (p != k) {
        for (int j = 0; j < n; j++) {
          double t = m[j * n + k];
          m[j * n + k] = m[j * n + p];
          m[j * n + p] = t;
        }
      }
      double d = m[k * n + k];
      for (int i = k + 1; i < n; i++) {
        m[k * n + i] /= d;
      }
      for (int j = k + 1; j < n; j++) {
        double f = m[j * n + k];
        if (f == 0) {
          continue;
        }
        int cj = j * n;
        int ck = k * n;
        for (int i = k + 1; i < n; i++) {
          m[cj + i] -= m[ck + i] * f;
        }
      }
    }
    return Optional.of(new DenseLu(n, m, piv));
  }

  @Override
  public double[] solve(double[] b) {
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {
      int p = piv[k];
      if (p != k) {
        double t = x[k];
        x[k] = x[p];
        x[p] = t;
      }
    }
    for (int j = 0; j < n; j++) {
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int i = j + 1; i < n; i++) {
        x[i] -= lu[j * n + i] * xj;
      }
    }
    for (int j = n - 1; j >= 0; j--) {
      x[j] /= lu[j * n + j];
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        x[i] -= lu[j * n + i] * xj;
      }
    }
    return x;
  }
}
