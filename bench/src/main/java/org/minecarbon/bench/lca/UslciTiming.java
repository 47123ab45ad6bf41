package org.minecarbon.bench.lca;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.minecarbon.io.lca.JsonLdReader;
import org.minecarbon.lca.LcaEngine;
import org.minecarbon.lca.link.LinkOptions;
import org.minecarbon.lca.matrix.BtfLu;
import org.minecarbon.lca.matrix.CscMatrix;
import org.minecarbon.lca.matrix.DenseLu;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.result.Matrices;

/**
 * USLCI warm full inventory (link + build + factorise + solve + B s) through the engine, every 40th
 * process by @id, after two untimed passes over every process (JIT), one more untimed round then
 * the mean of 2 (wall and CPU); the engine solves these systems (at most 1,022 providers) with the
 * dense LU, as openLCA does below 3,000. For information, the factorise + solve alone by the dense
 * LU and by {@link BtfLu} on the same matrices.
 */
final class UslciTiming {
  private UslciTiming() {}

  static String measure(Path zip) {
    LcaEngine engine = LcaEngine.of(JsonLdReader.read(zip).orElseThrow()).orElseThrow();
    List<String> ids = new ArrayList<>();
    List<String> all = List.copyOf(new TreeSet<>(engine.library().processes().keySet()));
    for (int i = 0; i < all.size(); i += 40) {
      ids.add(all.get(i));
    }
    LinkOptions options = new LinkOptions(Set.of(), AllocationMethod.NONE);
    for (int warm = 0; warm < 2; warm++) {
      for (String id : all) {
        once(engine, id, options);
      }
    }
    // per process: inventory wall, inventory CPU, dense factorise + solve, BtfLu factorise + solve
    double[][] t = new double[4][ids.size()];
    int largest = 0;
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < ids.size(); k++) {
        double[] ms = once(engine, ids.get(k), options);
        largest = Math.max(largest, (int) ms[4]);
        for (int c = 0; c < 4 && round > 0; c++) {
          t[c][k] += ms[c] / 2;
        }
      }
    }
    double[] inventory = t[0];
    double[] inventoryCpu = t[1];
    double[] dense = t[2];
    double[] btf = t[3];
    return String.format(
        Locale.ROOT,
        "USLCI warm, %d processes (largest system %d): full inventory mean %.2f ms (max %.2f ms),"
            + " CPU mean %.2f ms (max %.2f ms); factorise + solve: dense LU mean %.2f ms, BtfLu"
            + " mean %.3f ms",
        ids.size(),
        largest,
        mean(inventory),
        max(inventory),
        mean(inventoryCpu),
        max(inventoryCpu),
        mean(dense),
        mean(btf));
  }

  /** One process: inventory wall and CPU ms, dense and BtfLu factorise + solve ms, size. */
  private static double[] once(LcaEngine engine, String id, LinkOptions options) {
    long c0 = LcaScaleBenchmark.cpuNanos();
    long t0 = System.nanoTime();
    engine.inventory(id, 1.0, options).orElseThrow();
    long t1 = System.nanoTime();
    long c1 = LcaScaleBenchmark.cpuNanos();
    Matrices m = engine.matrices(id, 1.0, options).orElseThrow();
    CscMatrix a = m.techMatrix();
    long t2 = System.nanoTime();
    DenseLu.of(a).solve(m.demand());
    long t3 = System.nanoTime();
    BtfLu.of(a).orElseThrow().solve(m.demand());
    long t4 = System.nanoTime();
    return new double[] {
      (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, a.cols()
    };
  }

  private static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }
}
