package org.minecarbon.core.uncertainty.internal;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleConsumer;
import org.minecarbon.core.balance.Column;

/**
 * IPCC Approach 2: runs the flattened model {@code iterations} times and stores every sample.
 *
 * <p>Reproducibility: iterations are cut into fixed blocks of {@value #BLOCK}; block {@code b} gets
 * the {@code b}-th {@link SplittableRandom#split()} of a root generator seeded with the seed, split
 * in order on the calling thread. Which thread runs a block therefore never changes a draw, so a
 * seed gives the same samples for any thread count.
 *
 * <p>Per iteration: one draw per distinct uncertain factor (shared by every term that uses it),
 * then per term one independent activity draw and the product with its factor multipliers.
 */
public final class MonteCarlo {
  static final int BLOCK = 256;

  /** Series per year: 12 columns, emissions, sinks, net. */
  public static final int SERIES = FlatModel.COLUMNS + 3;

  public static final int EMISSIONS = FlatModel.COLUMNS;
  public static final int SINKS = FlatModel.COLUMNS + 1;
  public static final int NET = FlatModel.COLUMNS + 2;

  private static final boolean[] SINK = sinkFlags();

  private final FlatModel m;
  private final double[][] samples;

  private MonteCarlo(FlatModel m, int iterations) {
    this.m = m;
    this.samples = new double[m.years * SERIES][iterations];
  }

  /**
   * Runs all blocks on {@code pool}; progress receives the fraction of blocks done times {@code
   * share}, always from the calling thread.
   *
   * @return samples[yearIndex × SERIES + series][iteration]
   */
  public static double[][] run(
      FlatModel m,
      int iterations,
      long seed,
      ExecutorService pool,
      DoubleConsumer progress,
      double share) {
    MonteCarlo mc = new MonteCarlo(m, iterations);
    int blocks = (iterations + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(seed);
    Parallel.Tasks tasks = new Parallel.Tasks(pool);
    for (int b = 0; b < blocks; b++) {
      int start = b * BLOCK;
      int end = Math.min(iterations, start + BLOCK);
      SplittableRandom rng = root.split();
      tasks.submit(() -> mc.block(start, end, rng));
    }
    tasks.awaitAll(progress, 0, share);
    return mc.samples;
  }

  private void block(int start, int end, SplittableRandom rng) {
    double[] acc = new double[m.constant.length];
    double[] fmul = new double[m.facKind.length];
    for (int it = start; it < end; it++) {
      iteration(rng, acc, fmul);
      store(acc, it);
    }
  }

  private void iteration(SplittableRandom rng, double[] acc, double[] fmul) {
    FlatModel f = m;
    for (int k = 0; k < fmul.length; k++) {
      fmul[k] = Sampler.draw(f.facKind[k], f.fac1[k], f.fac2[k], f.fac3[k], rng);
    }
    System.arraycopy(f.constant, 0, acc, 0, acc.length);
    final int n = f.terms;
    final double[] base = f.base;
    final byte[] kind = f.actKind;
    final int[] refStart = f.refStart;
    final int[] refs = f.refs;
    for (int t = 0; t < n; t++) {
      double v = base[t];
      byte k = kind[t];
      if (k != Sampler.NONE) {
        v *= Sampler.draw(k, f.act1[t], f.act2[t], f.act3[t], rng);
      }
      for (int j = refStart[t], e = refStart[t + 1]; j < e; j++) {
        v *= fmul[refs[j]];
      }
      acc[f.out[t]] += v;
    }
  }

  private void store(double[] acc, int it) {
    for (int y = 0; y < m.years; y++) {
      int in = y * FlatModel.COLUMNS;
      int series = y * SERIES;
      double emissions = 0;
      double sinks = 0;
      for (int c = 0; c < FlatModel.COLUMNS; c++) {
        double v = acc[in + c];
        samples[series + c][it] = v;
        if (SINK[c]) {
          sinks += v;
        } else {
          emissions += v;
        }
      }
      samples[series + EMISSIONS][it] = emissions;
      samples[series + SINKS][it] = sinks;
      samples[series + NET][it] = emissions - sinks;
    }
  }

  private static boolean[] sinkFlags() {
    Column[] cols = Column.values();
    boolean[] flags = new boolean[cols.length];
    for (Column c : cols) {
      flags[c.ordinal()] = c.isSink();
    }
    return flags;
  }
}
