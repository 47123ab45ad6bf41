package org.minecarbon.bench.mc;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.uncertainty.ModelExport;
import org.minecarbon.core.uncertainty.UncertaintyAnalysis;
import org.minecarbon.core.uncertainty.UncertaintyOptions;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workload 2 from the command line. Generates the inventory, calculates it, then optionally writes
 * the model for numpy ({@code --export FILE}), runs our Monte Carlo {@code --runs} times (printing
 * {@code mc_seconds=…} per run) and compares with a numpy result ({@code --numpy FILE}; exit code 1
 * when a figure is out of tolerance).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.minecarbon.bench.mc.CompareMc \
 *     [--rows 100000] [--iterations 10000] [--seed 1] [--threads N] [--runs 1] \
 *     [--export model.bin] [--numpy numpy.json]
 * </pre>
 */
public final class CompareMc {
  /** Seed of the inventory generator (the Monte Carlo seed is {@code --seed}). */
  public static final long WORKLOAD_SEED = 2;

  private CompareMc() {}

  public static void main(String[] args) throws IOException {
    int rows = intArg(args, "--rows", 100_000);
    int iterations = intArg(args, "--iterations", 10_000);
    long seed = intArg(args, "--seed", 1);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int runs = intArg(args, "--runs", 1);
    long t0 = System.nanoTime();
    Calculation calc = McWorkload.calculation(rows, WORKLOAD_SEED);
    System.out.printf(
        Locale.ROOT,
        "workload rows=%d lines=%d generate+calculate_seconds=%.3f%n",
        rows,
        calc.lines().size(),
        seconds(t0));
    String export = arg(args, "--export");
    if (export != null) {
      try (OutputStream out = Files.newOutputStream(Path.of(export))) {
        ModelExport.write(calc, out);
      }
      System.out.println("model written to " + export);
    }
    UncertaintyReport report = null;
    UncertaintyOptions options = new UncertaintyOptions(iterations, seed, threads);
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      long cpu = cpuNanos();
      report = UncertaintyAnalysis.run(calc, options, p -> {}).orElseThrow();
      System.out.printf(
          Locale.ROOT,
          "mc_seconds=%.3f cpu_seconds=%.3f iterations=%d threads=%d%n",
          seconds(t),
          (cpuNanos() - cpu) / 1e9,
          iterations,
          threads);
    }
    String numpy = arg(args, "--numpy");
    if (numpy != null && report != null) {
      System.exit(compare(report, Path.of(numpy)) ? 0 : 1);
    }
  }

  private static boolean compare(UncertaintyReport report, Path numpyJson) {
    JsonNode json = JsonMapper.builder().build().readTree(numpyJson.toFile());
    List<McComparison.Row> rows = McComparison.compare(report, json);
    System.out.print(McComparison.table(rows));
    long bad = rows.stream().filter(r -> !r.ok()).count();
    System.out.println(
        bad == 0
            ? "statistics agree (means within 0.5 %, percentiles within 1 %)"
            : bad + " figure(s) out of tolerance");
    return bad == 0;
  }

  /** CPU time of the whole process (all threads), for runs on a busy machine. */
  static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static @Nullable String arg(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }

  static int intArg(String[] args, String name, int fallback) {
    String v = arg(args, name);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
