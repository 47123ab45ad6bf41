package org.minecarbon.lca.footprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.uncertainty.Simulation;

/**
 * The uncertainty band of a footprint from Monte Carlo runs of its background processes. Draw i of
 * row r's upstream part is U_r × v_{p,i} ÷ d_p (v_{p,i} the i-th draw and d_p the deterministic
 * result of one reference unit of its process p); every other part of the footprint (direct,
 * electricity, removals) has no distribution and stays as computed. A stage's (and the total's)
 * draw i is its deterministic non-upstream part plus its rows' upstream draws i. All processes are
 * simulated with the same seed, so draw i of every process comes from the same sampled library (the
 * draws are jointly sampled, not independent). Bands are type-7 quantiles (linear between order
 * statistics).
 *
 * @param byStage the band per stage code (the footprint's stages, its order)
 * @param total the band of the total
 */
public record FootprintUncertainty(
    int iterations, long seed, Map<String, Band> byStage, Band total) {
  public FootprintUncertainty {
    byStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
  }

  /** The 5th, 50th and 95th percentiles of the draws, kg CO2e/t. */
  public record Band(double p5, double p50, double p95) {}

  /** A row with an upstream part: its stage code, U_r (kg CO2e/t) and background process. */
  public record UpstreamRow(String stage, double upstream, String processId) {}

  /**
   * Simulates {@code f}: {@code simulate} runs the Monte Carlo of one reference unit of a
   * background process (same iterations and seed for every process). Every failure is collected.
   */
  public static Result<FootprintUncertainty> of(
      Footprint f, Function<String, Result<Simulation>> simulate, int iterations, long seed) {
    List<UpstreamRow> rows = new ArrayList<>();
    for (Contribution c : f.contributions()) {
      Double upstream = c.byOrigin().get(Origin.UPSTREAM);
      if (c.background() != null && upstream != null) {
        rows.add(new UpstreamRow(c.stage().code(), upstream, c.background().processId()));
      }
    }
    return of(f.byStage(), f.total(), rows, simulate, iterations, seed);
  }

  /** As {@link #of(Footprint, Function, int, long)} on a footprint's stages, total and rows. */
  public static Result<FootprintUncertainty> of(
      Map<String, Double> byStage,
      double total,
      List<UpstreamRow> rows,
      Function<String, Result<Simulation>> simulate,
      int iterations,
      long seed) {
    if (iterations < 1) {
      return Result.err(Issue.error("INVALID_OPTION", "iterations", "needs at least 1 draw"));
    }
    Map<String, double[]> stages = new LinkedHashMap<>();
    byStage.forEach((s, v) -> stages.put(s, filled(iterations, v)));
    double[] totals = filled(iterations, total);
    Map<String, Result<Simulation>> sims = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    for (UpstreamRow row : rows) {
      boolean first = !sims.containsKey(row.processId());
      Result<Simulation> r = sims.computeIfAbsent(row.processId(), simulate);
      if (!(r instanceof Result.Ok<Simulation> ok)) {
        if (first) {
          issues.addAll(r.issues()); // once per process, however many rows link it
        }
        continue;
      }
      add(
          row,
          ok.value(),
          stages.computeIfAbsent(row.stage(), k -> new double[iterations]),
          totals);
    }
    if (!issues.isEmpty()) {
      return Result.err(issues);
    }
    Map<String, Band> bands = new LinkedHashMap<>();
    stages.forEach((s, draws) -> bands.put(s, band(draws)));
    return Result.ok(new FootprintUncertainty(iterations, seed, bands, band(totals)));
  }

  private static void add(UpstreamRow row, Simulation sim, double[] stage, double[] totals) {
    List<Double> values = sim.values();
    if (values.size() != totals.length) {
      throw new IllegalStateException(row.processId() + ": " + values.size() + " draws");
    }
    double d = sim.deterministic();
    for (int i = 0; i < totals.length; i++) {
      double delta = d == 0 ? 0 : row.upstream() * values.get(i) / d - row.upstream();
      stage[i] += delta;
      totals[i] += delta;
    }
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  static Band band(double[] draws) {
    double[] sorted = draws.clone();
    Arrays.sort(sorted);
    return new Band(quantile(sorted, 0.05), quantile(sorted, 0.5), quantile(sorted, 0.95));
  }

  /** Type 7: h = (n − 1) p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
