package org.minecarbon.bench.lca;

import java.util.Locale;
import java.util.SplittableRandom;
import org.minecarbon.lca.matrix.CscMatrix;
import org.minecarbon.lca.matrix.IterativeSolver;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.matrix.SparseLu;

/**
 * Issue 14's synthetic benchmark: {@code LcaScaleBenchmark [n=20000] [draws=50] [seed=1]}. Prints
 * the deterministic solve (sparse LU + solve, best of 3 after a warm-up), Monte Carlo ms per draw
 * (sample A, BiCGSTAB preconditioned by the base LU, warm-started, direct fallback as {@code
 * MonteCarlo}), and the largest relative difference between each draw's iterative solution and a
 * direct LU solve of the same sampled matrix.
 */
public final class LcaScaleBenchmark {
  private LcaScaleBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int draws = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Result r = run(n, draws, seed);
    System.out.printf(
        Locale.ROOT,
        "synthetic n=%d nnz(A)=%d nnz(LU)=%d: deterministic %.1f ms (best of 3), Monte Carlo %.2f"
            + " ms/draw over %d draws (%d fell back to LU), max |x_it - x_lu|/|x_lu| = %.2e%n",
        n,
        r.nnz(),
        r.luNonZeros(),
        r.deterministicMs(),
        r.msPerDraw(),
        draws,
        r.fallbacks(),
        r.maxRelDiff());
  }

  /** The measured numbers. */
  public record Result(
      int nnz,
      int luNonZeros,
      double deterministicMs,
      double msPerDraw,
      int fallbacks,
      double maxRelDiff) {}

  public static Result run(int n, int draws, long seed) {
    SyntheticSystem sys = SyntheticSystem.generate(n, 6, 200, 0.1, 50, seed);
    SparseLu lu = SparseLu.of(sys.tech());
    lu.solve(sys.demand());
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      LinearSolver.factorize(sys.tech()).solve(sys.demand());
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    double[] s = lu.solve(sys.demand());
    IterativeSolver it = new IterativeSolver(lu, 1e-12, 50);
    SplittableRandom rnd = new SplittableRandom(seed);
    long total = 0;
    int fallbacks = 0;
    double maxDiff = 0;
    for (int d = 0; d < draws; d++) {
      long t0 = System.nanoTime();
      CscMatrix a = sys.sample(rnd, 1.1);
      var x = it.solve(a, sys.demand(), s);
      double[] sol;
      if (x.isPresent()) {
        sol = x.get();
      } else {
        fallbacks++;
        sol = LinearSolver.factorize(a).solve(sys.demand());
      }
      sys.envi().multiply(sol);
      total += System.nanoTime() - t0;
      s = sol;
      maxDiff = Math.max(maxDiff, relDiff(sol, SparseLu.of(a).solve(sys.demand())));
    }
    return new Result(
        sys.tech().nonZeros(), lu.nonZeros(), best, total / 1e6 / draws, fallbacks, maxDiff);
  }

  private static double relDiff(double[] x, double[] y) {
    double d = 0;
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      d = Math.max(d, Math.abs(x[i] - y[i]));
      m = Math.max(m, Math.abs(y[i]));
    }
    return m == 0 ? d : d / m;
  }
}
