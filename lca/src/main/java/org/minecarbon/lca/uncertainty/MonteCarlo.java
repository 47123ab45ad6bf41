package org.minecarbon.lca.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.matrix.DrawSolver;
import org.minecarbon.lca.matrix.LinearSolver;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.Uncertainty;
import org.minecarbon.lca.result.Inventory;
import org.minecarbon.lca.result.Matrices;

/**
 * Seeded Monte Carlo: each draw replaces every exchange that has a distribution by a value drawn
 * from it (processes and exchanges in library order, one {@link SplittableRandom} per run, so a
 * seed reproduces the draws), rebuilds A and B of the once-linked system and solves A s = f by
 * {@link DrawSolver}: the deterministic A's sparse LU refactored with the draw's values (same order
 * and pivots), or — for a dense base or a reused pivot below the threshold — BiCGSTAB
 * preconditioned by the base LU and warm-started from the previous draw; a draw whose residual
 * stays above {@link #RESIDUAL} is factorised afresh. Exchanges with a formula keep their evaluated
 * amount (parameter uncertainty is not propagated yet).
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  public static Result<Simulation> run(
      LcaEngine engine,
      String processId,
      LinkOptions options,
      String method,
      int iterations,
      long seed) {
    return run(engine, processId, options, method, iterations, seed, false);
  }

  /**
   * As {@link #run(LcaEngine, String, LinkOptions, String, int, long)}; with {@code pedigree},
   * every exchange with a data-quality pedigree is drawn from its combined lognormal ({@link
   * PedigreeMatrix#combine}).
   */
  public static Result<Simulation> run(
      LcaEngine engine,
      String processId,
      LinkOptions options,
      String method,
      int iterations,
      long seed,
      boolean pedigree) {
    if (iterations < 1) {
      return Result.err(Issue.error("INVALID_OPTION", "--iterations", "needs at least 1"));
    }
    Result<Inventory> base = engine.impact(processId, 1, options, method);
    if (!(base instanceof Result.Ok<Inventory> ok)) {
      return Result.err(base.issues());
    }
    Matrices m0 = engine.matrices(processId, 1, options).orElseThrow();
    Result<LinearSolver> factored = LinearSolver.tryFactorize(m0.techMatrix());
    if (!(factored instanceof Result.Ok<LinearSolver> baseLu)) {
      return Result.err(factored.issues());
    }
    LinearSolver lu = baseLu.value();
    double[] s = lu.solve(m0.demand());
    DrawSolver solver = new DrawSolver(lu, RESIDUAL, 50);
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] values = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      Matrices m =
          engine.rebuild(m0, sample(engine.library(), rnd, pedigree), options.allocation(), 1);
      Result<DrawSolver.Solution> draw = solver.solve(m.techMatrix(), m.demand(), s);
      if (!(draw instanceof Result.Ok<DrawSolver.Solution> solved)) {
        return Result.err(draw.issues());
      }
      s = solved.value().x();
      Inventory inv = engine.inventoryOf(m, s, 1);
      values[i] = engine.characterise(inv, method).orElseThrow().amount();
    }
    double deterministic = ok.value().impacts().get(0).amount();
    return Result.ok(summarise(processId, method, seed, deterministic, values));
  }

  /** Relative residual an iterative draw must reach (else it is solved directly). */
  public static final double RESIDUAL = 1e-12;

  private static Library sample(Library lib, SplittableRandom rnd, boolean pedigree) {
    Map<String, Process> out = new LinkedHashMap<>();
    for (Process p : lib.allProcesses()) {
      List<Exchange> ex = new ArrayList<>(p.exchanges().size());
      for (Exchange e : p.exchanges()) {
        Uncertainty u = distribution(e, pedigree);
        if (u == null || !e.formula().isBlank()) {
          ex.add(e);
          continue;
        }
        double v = Sampler.draw(u, rnd);
        ex.add(e.withAmount(v));
      }
      out.put(
          p.id(),
          new Process(
              p.id(),
              p.name(),
              p.type(),
              p.category(),
              ex,
              p.parameters(),
              p.defaultAllocation(),
              p.allocationFactors()));
    }
    return lib.withProcesses(out);
  }

  private static @Nullable Uncertainty distribution(Exchange e, boolean pedigree) {
    if (pedigree) {
      Optional<Uncertainty.LogNormal> combined = PedigreeMatrix.ecoinvent3().combine(e);
      if (combined.isPresent()) {
        return combined.get();
      }
    }
    return e.uncertainty();
  }

  private static Simulation summarise(
      String processId, String method, long seed, double deterministic, double[] values) {
    int n = values.length;
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    List<Double> list = Arrays.stream(values).boxed().toList();
    return new Simulation(
        processId,
        method,
        n,
        seed,
        deterministic,
        mean,
        sd,
        quantile(sorted, 0.025),
        quantile(sorted, 0.5),
        quantile(sorted, 0.975),
        list);
  }

  /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
