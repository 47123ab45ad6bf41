package org.minecarbon.bench;

import java.util.concurrent.TimeUnit;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
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

/** The interactive case behind the UI: one mine, one year (≈ 500 rows), balance + explain. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OneMineBenchmark {
  private Inventory inventory;
  private BalanceCalculator calculator;

  @Setup
  public void setUp() {
    inventory = WorkloadGenerator.generate(1, 41, 2024, 7); // 12 × 41 + 2 ≈ 494 rows
    calculator = new BalanceCalculator(FactorLibrary.builtIn());
  }

  @Benchmark
  public double balanceAndExplain() {
    Balance b = calculator.calculate(inventory).orElseThrow();
    return Explainer.column(b, 2024, Column.FUEL).orElseThrow().value();
  }
}
