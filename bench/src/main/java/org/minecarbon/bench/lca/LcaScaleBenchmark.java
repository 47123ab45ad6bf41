package org.minecarbon.bench.lca;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.minecarbon.lca.matrix.BtfLu;
import org.minecarbon.lca.matrix.CscMatrix;
import org.minecarbon.lca.matrix.DrawSolver;
import org.minecarbon.lca.matrix.IterativeSolver;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.matrix.SparseLu;

/**
 * Issue 14's synthetic benchmark, before and after side by side in one run: {@code
 * LcaScaleBenchmark [n=20000] [draws=50] [seed=1] [uslci.zip]}.
 *
 * <ul>
 *   <li>before: {@link SparseLu} (Gilbert–Peierls, natural order) for the deterministic solve, and
 *       per draw BiCGSTAB preconditioned by it, warm-started (the session-5 kernel);
 *   <li>after: {@link BtfLu} (block triangular form, minimum degree per block, threshold pivoting)
 *       and per draw {@link DrawSolver} (refactor with the base pattern and pivots, residual check,
 *       fallbacks), as {@code MonteCarlo} runs it; also BiCGSTAB preconditioned by the base BtfLu,
 *       the alternative the refactor was chosen over, and the refactor path on 2 threads (one split
 *       random stream per draw, so the draws do not depend on the thread count).
 * </ul>
 *
 * A draw = sample A (every off-diagonal × lognormal GSD 1.1) + solve + g = B s. Times are wall
 * clock and this thread's CPU time (the better guide on a shared machine). Every draw's solution is
 * compared with the old direct LU of the same sampled matrix. With a USLCI zip, {@link UslciTiming}
 * adds the engine's warm full inventory.
 */
public final class LcaScaleBenchmark {
  private LcaScaleBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int draws = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Result r = run(n, draws, seed);
    System.out.print(r.table(n, draws));
    if (args.length > 3) {
      System.out.println(UslciTiming.measure(java.nio.file.Path.of(args[3])));
    }
  }

  /** Wall and CPU milliseconds. */
  public record Ms(double wall, double cpu) {
    String show() {
      return String.format(Locale.ROOT, "%.1f ms (CPU %.1f ms)", wall, cpu);
    }
  }

  /** The measured numbers, before and after. */
  public record Result(
      int nnz,
      int oldLuNonZeros,
      int newLuNonZeros,
      int blocks,
      int largestBlock,
      Ms oldDeterministic,
      Ms newDeterministic,
      Ms oldPerDraw,
      Ms newPerDraw,
      Ms iterativePerDraw,
      double twoThreadWallPerDraw,
      int oldFallbacks,
      int refactorFallbacks,
      double oldMaxRelDiff,
      double maxRelDiff,
      double iterativeMaxRelDiff) {

    String table(int n, int draws) {
      return String.format(
          Locale.ROOT,
          """
          synthetic n=%d nnz(A)=%d, %d draws; BTF: %d blocks, largest %d
          | | before (SparseLu, natural order) | after (BtfLu) |
          |---|---|---|
          | nnz of the factors | %d | %d |
          | deterministic factorise + solve, best of 3 | %s | %s |
          | Monte Carlo per draw | %s BiCGSTAB, %d LU fallbacks | %s refactor, %d fallbacks |
          | per draw, alternative | | %s BiCGSTAB + base BtfLu (max rel. diff. %.2e) |
          | per draw, refactor on 2 threads (wall) | | %.1f ms |
          | max rel. diff. draw vs direct LU | %.2e | %.2e |
          """,
          n,
          nnz,
          draws,
          blocks,
          largestBlock,
          oldLuNonZeros,
          newLuNonZeros,
          oldDeterministic.show(),
          newDeterministic.show(),
          oldPerDraw.show(),
          oldFallbacks,
          newPerDraw.show(),
          refactorFallbacks,
          iterativePerDraw.show(),
          iterativeMaxRelDiff,
          twoThreadWallPerDraw,
          oldMaxRelDiff,
          maxRelDiff);
    }
  }

  public static Result run(int n, int draws, long seed) {
    SyntheticSystem sys = SyntheticSystem.generate(n, 6, 200, 0.1, 50, seed);
    int oldDraws = Math.max(1, Math.min(draws, 10));
    SparseLu oldLu = SparseLu.of(sys.tech());
    BtfLu newLu = BtfLu.of(sys.tech()).orElseThrow();
    Ms oldDet = bestOf3(() -> SparseLu.of(sys.tech()).solve(sys.demand()));
    Ms newDet = bestOf3(() -> BtfLu.of(sys.tech()).orElseThrow().solve(sys.demand()));
    Draws old = Draws.iterative(sys, oldLu, oldDraws, seed);
    Draws refactor = Draws.refactor(sys, newLu, draws, seed);
    Draws iterative = Draws.iterative(sys, newLu, draws, seed);
    double twoThreads = Draws.refactorOnTwoThreads(sys, newLu, draws, seed);
    return new Result(
        sys.tech().nonZeros(),
        oldLu.nonZeros(),
        newLu.nonZeros(),
        newLu.blocks(),
        newLu.largestBlock(),
        oldDet,
        newDet,
        old.perDraw(),
        refactor.perDraw(),
        iterative.perDraw(),
        twoThreads,
        old.fallbacks(),
        refactor.fallbacks(),
        old.maxRelDiff(),
        refactor.maxRelDiff(),
        iterative.maxRelDiff());
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Best wall (and its CPU time) of 3 timed runs after one warm-up run. */
  private static Ms bestOf3(Runnable work) {
    work.run();
    Ms best = new Ms(Double.MAX_VALUE, Double.MAX_VALUE);
    for (int i = 0; i < 3; i++) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      work.run();
      Ms m = new Ms((System.nanoTime() - t0) / 1e6, (cpuNanos() - c0) / 1e6);
      best = m.wall() < best.wall() ? m : best;
    }
    return best;
  }

  static double relDiff(double[] x, double[] y) {
    double d = 0;
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      d = Math.max(d, Math.abs(x[i] - y[i]));
      m = Math.max(m, Math.abs(y[i]));
    }
    return m == 0 ? d : d / m;
  }

  /** The direct reference of a draw: the old LU, an independent code path and order. */
  static double[] direct(CscMatrix a, double[] f) {
    return SparseLu.of(a).solve(f);
  }

  static IterativeSolver bicgstab(LinearSolver preconditioner) {
    return new IterativeSolver(preconditioner, 1e-12, 50);
  }
}
