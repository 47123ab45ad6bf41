package org.minecarbon.core.uncertainty.internal;

import java.util.Arrays;

/**
 * One worker's Monte Carlo loop over a tile of iterations, with its scratch buffers (allocated once
 * per worker, reused for every tile: nothing is allocated per iteration). Layouts are
 * variable-major ({@code fmul[factor × len + i]}, {@code acc[slot × len + i]}) so that every inner
 * loop runs over consecutive iterations.
 */
final class Kernel {
  private final FlatModel m;
  private final TermGroups g;
  private final int capacity;
  private final double[] fmul;
  private final double[] acc;
  private final double[] gsum;
  private final long[] bits;

  Kernel(FlatModel m, TermGroups g, int capacity) {
    this.m = m;
    this.g = g;
    this.capacity = capacity;
    this.fmul = new double[m.facKind.length * capacity];
    this.acc = new double[m.constant.length * capacity];
    this.gsum = new double[capacity];
    this.bits = new long[capacity];
  }

  /**
   * Samples {@code len} iterations; afterwards {@link #total(int, int)} gives slot totals. Draw
   * order: the factors (factor by factor), then the terms in group and run order, each term's
   * iterations in a row.
   */
  void sample(int len, FastRandom rng) {
    int nf = m.facKind.length;
    for (int k = 0; k < nf; k++) {
      Draws.multipliers(
          m.facKind[k], m.fac1[k], m.fac2[k], m.fac3[k], rng, bits, fmul, k * capacity, len);
    }
    for (int s = 0; s < m.constant.length; s++) {
      Arrays.fill(acc, s * capacity, s * capacity + len, m.constant[s]);
    }
    for (int k = 0; k < g.groups; k++) {
      group(k, len, rng);
    }
  }

  /** The sampled total of a slot in iteration {@code i} of the last tile. */
  double total(int slot, int i) {
    return acc[slot * capacity + i];
  }

  /** Copies a slot's totals of the last tile to {@code dest[pos..pos+len)}. */
  void copy(int slot, double[] dest, int pos, int len) {
    System.arraycopy(acc, slot * capacity, dest, pos, len);
  }

  private void group(int k, int len, FastRandom rng) {
    double[] sum = gsum;
    Arrays.fill(sum, 0, len, 0.0);
    for (int r = g.groupRunStart[k]; r < g.groupRunStart[k + 1]; r++) {
      for (int t = g.runStart[r]; t < g.runStart[r + 1]; t++) {
        Draws.accumulate(g.runKind[r], g.base[t], g.p1[t], g.p2[t], g.p3[t], rng, bits, sum, len);
      }
    }
    for (int j = g.groupRefStart[k]; j < g.groupRefStart[k + 1]; j++) {
      int f = g.groupRefs[j] * capacity;
      for (int i = 0; i < len; i++) {
        sum[i] *= fmul[f + i];
      }
    }
    int a = g.slot[k] * capacity;
    for (int i = 0; i < len; i++) {
      acc[a + i] += sum[i];
    }
  }
}
