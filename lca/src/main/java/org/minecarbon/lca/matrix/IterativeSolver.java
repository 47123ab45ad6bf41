package org.minecarbon.lca.matrix;

import java.util.Optional;

/**
 * BiCGSTAB preconditioned with a factorisation of a nearby matrix (the deterministic technosphere),
 * warm-started from a previous solution: a Monte Carlo draw perturbs A only a little, so a few
 * iterations suffice. Returns empty when the relative residual ‖A x − b‖∞ / ‖b‖∞ does not fall
 * below the tolerance; callers then fall back to a direct solve.
 */
public final class IterativeSolver {
  private final LinearSolver preconditioner;
  private final double tolerance;
  private final int maxIterations;

  public IterativeSolver(LinearSolver preconditioner, double tolerance, int maxIterations) {
    this.preconditioner = preconditioner;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** Solves {@code a x = b} from {@code start}; a solver kernel, hence one long method. */
  public Optional<double[]> solve(CscMatrix a, double[] b, double[] start) {
    int n = b.length;
    double bn = norm(b);
    if (bn == 0) {
      return Optional.of(new double[n]);
    }
    double[] x = start.clone();
    double[] r = minus(b, a.multiply(x));
    if (norm(r) / bn <= tolerance) {
      return Optional.of(x);
    }
    double[] r0 = r.clone();
    double[] p = new double[n];
    double[] v = new double[n];
    double rho = 1;
    double alpha = 1;
    double omega = 1;
    for (int it = 0; it < maxIterations; it++) {
      double rhoNew = dot(r0, r);
      if (rhoNew == 0 || omega == 0) {
        return Optional.empty();
      }
      double beta = (rhoNew / rho) * (alpha / omega);
      for (int i = 0; i < n; i++) {
        p[i] = r[i] + beta * (p[i] - omega * v[i]);
      }
      double[] y = preconditioner.solve(p);
      v = a.multiply(y);
      alpha = rhoNew / dot(r0, v);
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = r[i] - alpha * v[i];
        x[i] += alpha * y[i];
      }
      if (norm(s) / bn <= tolerance) {
        return checked(a, b, x, bn);
      }
      double[] z = preconditioner.solve(s);
      double[] t = a.multiply(z);
      omega = dot(t, s) / dot(t, t);
      for (int i = 0; i < n; i++) {
        x[i] += omega * z[i];
        r[i] = s[i] - omega * t[i];
      }
      rho = rhoNew;
      if (norm(r) / bn <= tolerance) {
        return checked(a, b, x, bn);
      }
    }
    return Optional.empty();
  }

  /** The recurrence residual drifts; accept only on the true residual. */
  private Optional<double[]> checked(CscMatrix a, double[] b, double[] x, double bn) {
    return norm(minus(b, a.multiply(x))) / bn <= tolerance ? Optional.of(x) : Optional.empty();
  }

  private static double[] minus(double[] a, double[] b) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] - b[i];
    }
    return c;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
