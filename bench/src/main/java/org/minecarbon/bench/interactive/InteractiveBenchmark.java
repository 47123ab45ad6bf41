package org.minecarbon.bench.interactive;

import java.util.concurrent.TimeUnit;
import org.minecarbon.bench.WorkloadGenerator;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.uncertainty.UncertaintyAnalysis;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 3 in a warm JVM: one mine, one year (≈ 500 rows of mixed sources). Goals: balance +
 * explain under 50 ms, a 10,000-iteration Monte Carlo (all cores) under 1 s.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar InteractiveBenchmark -rf json -rff bench/results/interactive.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InteractiveBenchmark {
  static final int YEAR = 2024;

  private Inventory inventory;
  private BalanceCalculator calculator;
  private Calculation calculation;
  private UncertaintyOptions options;

  @Setup
  public void setUp() {
    inventory = WorkloadGenerator.generate(1, 41, YEAR, 7); // 12 × 41 activity rows + 2 sinks
    calculator = new BalanceCalculator(FactorLibrary.builtIn());
    calculation = calculator.calculate(inventory).orElseThrow().calculation();
    options = new UncertaintyOptions(UncertaintyOptions.DEFAULT_ITERATIONS, 1);
  }

  /** Balance of the whole inventory, then the explanation of every column and of the total. */
  @Benchmark
  public void balanceAndExplain(Blackhole bh) {
    Balance b = calculator.calculate(inventory).orElseThrow();
    for (Column c : Column.values()) {
      bh.consume(Explainer.column(b, YEAR, c));
    }
    bh.consume(Explainer.total(b, YEAR));
  }

  /** 10,000 iterations on the calculated inventory, all available cores. */
  @Benchmark
  public UncertaintyReport monteCarlo10k() {
    return UncertaintyAnalysis.run(calculation, options, p -> {}).orElseThrow();
  }

  /**
   * What the UI does on "recalculate with uncertainty": balance, explain the total, Monte Carlo.
   */
  @Benchmark
  public UncertaintyReport balanceExplainAndMonteCarlo(Blackhole bh) {
    Balance b = calculator.calculate(inventory).orElseThrow();
    bh.consume(Explainer.total(b, YEAR));
    return UncertaintyAnalysis.run(b.calculation(), options, p -> {}).orElseThrow();
  }
}
