package org.minecarbon.core.uncertainty.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleConsumer;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.uncertainty.Approach1;
import org.minecarbon.core.uncertainty.Stats;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.core.uncertainty.YearUncertainty;

/** Runs resolve → flatten → Monte Carlo → statistics → Approach 1 and assembles the report. */
public final class Analysis {
  /** Share of the progress bar spent sampling; the rest is statistics. */
  static final double SAMPLING_SHARE = 0.9;

  /** Sample storage may use at most this fraction of the maximum heap. */
  static final double HEAP_SHARE = 0.6;

  private Analysis() {}

  public static Result<UncertaintyReport> run(
      Calculation calc, UncertaintyOptions options, DoubleConsumer progress) {
    List<Issue> problems = options.problems();
    if (!problems.isEmpty()) {
      return Result.err(problems);
    }
    ResolvedInputs in = InputResolver.resolve(calc, ActivityDefaults.builtIn());
    FlatModel model = FlatModel.build(calc, in);
    Issue memory = memoryProblem(options.iterations(), model.years);
    if (memory != null) {
      return Result.err(memory);
    }
    Stats[] stats;
    try (ExecutorService pool = Parallel.pool(options.threads())) {
      double[][] samples =
          MonteCarlo.run(
              model, options.iterations(), options.seed(), pool, progress, SAMPLING_SHARE);
      stats = summarize(samples, model, pool, progress);
    }
    Approach1[] a1 = ErrorPropagation.compute(calc, in, model);
    List<YearUncertainty> years = new ArrayList<>();
    for (int y = 0; y < model.years; y++) {
      years.add(year(in.years()[y], stats, y, a1[y]));
    }
    progress.accept(1.0);
    return Result.ok(
        new UncertaintyReport(options.iterations(), options.seed(), years, in.inputs()));
  }

  static @org.jspecify.annotations.Nullable Issue memoryProblem(int iterations, int years) {
    long perIteration = (long) years * MonteCarlo.SERIES * Double.BYTES;
    long budget = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    if (perIteration == 0 || (long) iterations * perIteration <= budget) {
      return null;
    }
    long max = budget / perIteration;
    return Issue.error(
        Codes.INVALID_ARGUMENT,
        "",
        "too many iterations for the available memory: "
            + years
            + " year(s) x "
            + MonteCarlo.SERIES
            + " figures x 8 bytes are stored per iteration for exact percentiles",
        iterations,
        "at most " + max + " iterations with this heap (raise -Xmx or lower the iterations)");
  }

  private static Stats[] summarize(
      double[][] samples, FlatModel model, ExecutorService pool, DoubleConsumer progress) {
    Stats[] stats = new Stats[samples.length];
    Parallel.Tasks tasks = new Parallel.Tasks(pool);
    for (int s = 0; s < samples.length; s++) {
      int series = s;
      double nominal = nominal(model, s);
      tasks.submit(
          () -> {
            stats[series] = SampleStats.of(nominal, samples[series]);
            samples[series] = new double[0];
          });
    }
    tasks.awaitAll(progress, SAMPLING_SHARE, 1 - SAMPLING_SHARE);
    return stats;
  }

  static double nominal(FlatModel model, int series) {
    int y = series / MonteCarlo.SERIES;
    int k = series % MonteCarlo.SERIES;
    if (k < FlatModel.COLUMNS) {
      return model.nominal[y * FlatModel.COLUMNS + k];
    }
    double e = 0;
    double s = 0;
    for (Column c : Column.values()) {
      double v = model.nominal(y, c);
      if (c.isSink()) {
        s += v;
      } else {
        e += v;
      }
    }
    return k == MonteCarlo.EMISSIONS ? e : k == MonteCarlo.SINKS ? s : e - s;
  }

  private static YearUncertainty year(int year, Stats[] stats, int y, Approach1 a1) {
    int base = y * MonteCarlo.SERIES;
    Map<Column, Stats> columns = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      columns.put(c, stats[base + c.ordinal()]);
    }
    return new YearUncertainty(
        year,
        columns,
        stats[base + MonteCarlo.EMISSIONS],
        stats[base + MonteCarlo.SINKS],
        stats[base + MonteCarlo.NET],
        a1);
  }
}
