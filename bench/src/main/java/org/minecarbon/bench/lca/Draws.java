package org.minecarbon.bench.lca;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.minecarbon.bench.lca.LcaScaleBenchmark.Ms;
import org.minecarbon.lca.matrix.CscMatrix;
import org.minecarbon.lca.matrix.DrawSolver;
import org.minecarbon.lca.matrix.LinearSolver;

/**
 * Timed Monte Carlo draws on the synthetic system: sample A, solve, g = B s, after {@value
 * #WARM_UP} untimed draws of another stream (JIT warm-up). The comparison with a direct solve of
 * the same sampled matrix is outside the timing: a fresh {@code BtfLu} (new pivot search) for every
 * draw, and the old natural-order LU for the first {@value #OLD_CHECKS}.
 *
 * @param perDraw mean wall and CPU time per draw
 * @param fallbacks draws that left the measured path (a fresh LU, or BiCGSTAB for a refactor)
 * @param maxRelDiff largest ‖x − x_direct‖∞ / ‖x_direct‖∞ over the draws
 */
record Draws(Ms perDraw, int fallbacks, double maxRelDiff) {
  static final int OLD_CHECKS = 3;
  static final double GSD = 1.1;
  static final int WARM_UP = 20;

  /** Untimed draws first (JIT), from a stream of their own, so the timed draws are the same. */
  private static void warmUp(SyntheticSystem sys, LinearSolver base, boolean refactor, long seed) {
    SplittableRandom rnd = new SplittableRandom(~seed);
    DrawSolver solver = new DrawSolver(base, 1e-12, 50);
    double[] s = base.solve(sys.demand());
    for (int d = 0; d < WARM_UP; d++) {
      CscMatrix a = sys.sample(rnd, GSD);
      if (refactor) {
        solver.solve(a, sys.demand(), s);
      } else {
        LcaScaleBenchmark.bicgstab(base).solve(a, sys.demand(), s);
      }
    }
  }

  /** BiCGSTAB preconditioned by {@code base}, warm-started from the previous draw. */
  static Draws iterative(SyntheticSystem sys, LinearSolver base, int draws, long seed) {
    warmUp(sys, base, false, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] s = base.solve(sys.demand());
    long wall = 0;
    long cpu = 0;
    int fallbacks = 0;
    double maxDiff = 0;
    for (int d = 0; d < draws; d++) {
      long c0 = LcaScaleBenchmark.cpuNanos();
      long t0 = System.nanoTime();
      CscMatrix a = sys.sample(rnd, GSD);
      var x = LcaScaleBenchmark.bicgstab(base).solve(a, sys.demand(), s);
      if (x.isEmpty()) {
        fallbacks++;
      }
      double[] sol =
          x.orElseGet(() -> LinearSolver.tryFactorize(a).orElseThrow().solve(sys.demand()));
      sys.envi().multiply(sol);
      wall += System.nanoTime() - t0;
      cpu += LcaScaleBenchmark.cpuNanos() - c0;
      s = sol;
      maxDiff = Math.max(maxDiff, check(a, sys.demand(), sol, d));
    }
    return new Draws(new Ms(wall / 1e6 / draws, cpu / 1e6 / draws), fallbacks, maxDiff);
  }

  /** The engine's kernel: {@link DrawSolver} (refactor, residual check, fallbacks). */
  static Draws refactor(SyntheticSystem sys, LinearSolver base, int draws, long seed) {
    warmUp(sys, base, true, seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    DrawSolver solver = new DrawSolver(base, 1e-12, 50);
    double[] s = base.solve(sys.demand());
    long wall = 0;
    long cpu = 0;
    int fallbacks = 0;
    double maxDiff = 0;
    for (int d = 0; d < draws; d++) {
      long c0 = LcaScaleBenchmark.cpuNanos();
      long t0 = System.nanoTime();
      CscMatrix a = sys.sample(rnd, GSD);
      DrawSolver.Solution sol = solver.solve(a, sys.demand(), s).orElseThrow();
      sys.envi().multiply(sol.x());
      wall += System.nanoTime() - t0;
      cpu += LcaScaleBenchmark.cpuNanos() - c0;
      if (sol.path() != DrawSolver.Path.REFACTOR || !refactoredOnly(base, a, sys.demand())) {
        fallbacks++;
      }
      s = sol.x();
      maxDiff = Math.max(maxDiff, check(a, sys.demand(), sol.x(), d));
    }
    return new Draws(new Ms(wall / 1e6 / draws, cpu / 1e6 / draws), fallbacks, maxDiff);
  }

  /** Whether the refactor alone met the residual (no BiCGSTAB polish). */
  private static boolean refactoredOnly(LinearSolver base, CscMatrix a, double[] f) {
    return base.refactor(a)
        .map(lu -> DrawSolver.residual(a, f, lu.solve(f)) <= 1e-12)
        .orElse(false);
  }

  /**
   * The refactor path on 2 threads: one split random stream per draw, taken in draw order, so the
   * sampled matrices are the same whatever thread solves them. Returns wall ms per draw.
   */
  static double refactorOnTwoThreads(SyntheticSystem sys, LinearSolver base, int draws, long seed) {
    SplittableRandom master = new SplittableRandom(seed);
    DrawSolver solver = new DrawSolver(base, 1e-12, 50);
    double[] s0 = base.solve(sys.demand());
    List<SplittableRandom> streams = new ArrayList<>();
    for (int d = 0; d < draws; d++) {
      streams.add(master.split());
    }
    long t0 = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<double[]>> out = new ArrayList<>();
      for (SplittableRandom rnd : streams) {
        out.add(
            pool.submit(
                () -> {
                  CscMatrix a = sys.sample(rnd, GSD);
                  double[] x = solver.solve(a, sys.demand(), s0).orElseThrow().x();
                  return sys.envi().multiply(x);
                }));
      }
      for (Future<double[]> f : out) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    return (System.nanoTime() - t0) / 1e6 / draws;
  }

  private static double check(CscMatrix a, double[] f, double[] x, int draw) {
    double diff =
        LcaScaleBenchmark.relDiff(x, org.minecarbon.lca.matrix.BtfLu.of(a).orElseThrow().solve(f));
    if (draw < OLD_CHECKS) {
      diff = Math.max(diff, LcaScaleBenchmark.relDiff(x, LcaScaleBenchmark.direct(a, f)));
    }
    return diff;
  }
}
