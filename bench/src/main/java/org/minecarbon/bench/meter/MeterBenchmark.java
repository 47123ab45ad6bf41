package org.minecarbon.bench.meter;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.minecarbon.meter.aggregate.Integrator;
import org.minecarbon.meter.aggregate.MeterState;
import org.minecarbon.meter.aggregate.MonthGrid;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.Mode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure aggregation on one core: a KJ-style return-air sensor (flow, concentration pairs every
 * 10 s, 1 M readings ≈ 116 days, so 4 month boundaries in Asia/Shanghai), fed into a fresh {@link
 * MeterState} and integrated into month totals. Score = readings per second (goal ≥ 5 M/s). {@code
 * shuffledBlocks}: the same readings arriving in reversed blocks of 64 (out of order).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar MeterBenchmark -rf json -rff bench/results/meter.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeterBenchmark {
  static final int N = 1_000_000;

  @Param({"inOrder", "reversedBlocks"})
  public String arrival;

  private final long[] time = new long[N];
  private final double[] flow = new double[N];
  private final double[] conc = new double[N];
  private Meter meter;
  private MonthGrid grid;

  @Setup
  public void setUp() {
    Random rnd = new Random(42);
    long t0 = Instant.parse("2024-01-15T00:00:00Z").toEpochMilli();
    int[] order = new int[N];
    for (int i = 0; i < N; i++) {
      order[i] = arrival.equals("inOrder") ? i : (i / 64) * 64 + 63 - (i % 64);
    }
    for (int i = 0; i < N; i++) {
      time[i] = t0 + order[i] * 10_000L;
      flow[i] = 3000 + rnd.nextInt(400);
      conc[i] = 0.3 + rnd.nextDouble() * 0.2;
    }
    meter = Meter.of("RA-1", "north", MeterKind.VENTILATION_CH4, Mode.RATE, "m3/min");
    grid =
        MonthGrid.covering(
            ZoneId.of("Asia/Shanghai"),
            Instant.ofEpochMilli(t0),
            Instant.ofEpochMilli(t0 + (N - 1) * 10_000L));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double ratePairsWithMonthSplit() {
    MeterState s = new MeterState();
    for (int i = 0; i < N; i++) {
      s.add(time[i], flow[i], conc[i], Status.OK, Double.NaN);
    }
    return Integrator.integrate(meter, s, grid).totals().quantity()[1];
  }
}
