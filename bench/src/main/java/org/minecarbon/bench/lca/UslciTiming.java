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
 * process by @id, one untimed round then the mean of 2 (wall and CPU); the engine solves these
 * systems (at most 1,022 providers) with the dense LU, as openLCA does below 3,000. For
 * information, the factorise + solve alone by the dense LU and by {@link BtfLu} on the same
 * matrices.
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
    double[] inventory = new double[ids.size()];
    double[] inventoryCpu = new double[ids.size()];
    double[] dense = new double[ids.size()];
    double[] btf = new double[ids.size()];
    int largest = 0;
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < ids.size(); k++) {
        long c0 = LcaScaleBenchmark.cpuNanos();
        long t0 = System.nanoTime();
        engine.inventory(ids.get(k), 1.0, options).orElseThrow();
        long t1 = System.nanoTime();
        long c1 = LcaScaleBenchmark.cpuNanos();
        Matrices m = engine.matrices(ids.get(k), 1.0, options).orElseThrow();
        CscMatrix a = m.techMatrix();
        largest = Math.max(largest, a.cols());
        long t2 = System.nanoTime();
        DenseLu.of(a).solve(m.demand());
        long t3 = System.nanoTime();
        BtfLu.of(a).orElseThrow().solve(m.demand());
        long t4 = System.nanoTime();
        if (round > 0) {
          inventory[k] += (t1 - t0) / 2e6;
          inventoryCpu[k] += (c1 - c0) / 2e6;
          dense[k] += (t3 - t2) / 2e6;
          btf[k] += (t4 - t3) / 2e6;
        }
      }
    }
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

  private static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }
}
