package org.minecarbon.bench;

import java.util.concurrent.TimeUnit;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on a generated inventory: validation + every row's traceable line + aggregation. Rows
 * per second = rows / (ms per op / 1000); {@code rows} = sites × 12 × 40 + sinks.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar BalanceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class BalanceBenchmark {
  /** Sites of 12 months × 40 rows: 21 ≈ 10k rows (one group), 209 ≈ 100k, 2084 ≈ 1M. */
  @Param({"21", "209", "2084"})
  public int sites;

  private Inventory inventory;
  private Balance balance;
  private BalanceCalculator calculator;

  @Setup(Level.Trial)
  public void setUp() {
    inventory = WorkloadGenerator.generate(sites, 40, 2024, 42);
    calculator = new BalanceCalculator(FactorLibrary.builtIn());
    balance = calculator.calculate(inventory).orElseThrow();
  }

  @Benchmark
  public Balance balance() {
    return calculator.calculate(inventory).orElseThrow();
  }

  @Benchmark
  public Explanation explainFugitiveCh4() {
    return Explainer.column(balance, 2024, org.minecarbon.core.balance.Column.FUGITIVE_CH4)
        .orElseThrow();
  }
}
