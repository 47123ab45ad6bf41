package org.minecarbon.core.uncertainty.internal;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleConsumer;
import org.minecarbon.core.calc.Column;

/**
 * IPCC Approach 2: runs the flattened model {@code iterations} times and stores every sample.
 *
 * <p>Reproducibility: iterations are cut into fixed blocks of {@value #BLOCK}; block {@code b}
 * draws from a {@link FastRandom} seeded from the {@code b}-th {@link SplittableRandom#split()} of
 * a root generator seeded with the seed, split in order on the calling thread. Which thread runs a
 * block therefore never changes a draw, so a seed gives the same samples for any thread count.
 *
 * <p>Per iteration: one draw per distinct uncertain factor (shared by every term that uses it) and
 * per term one independent activity draw. The terms are regrouped ({@link TermGroups}) so that a
 * group's factor multipliers are applied once to its summed terms. Nothing is allocated per
 * iteration: each worker has one {@link Kernel} with its buffers, and a block is processed in tiles
 * of iterations (variable-major inside a tile) so that every inner loop runs over consecutive
 * iterations and each term's data is read once per tile. The tile length depends only on the model,
 * so draws stay thread-count independent.
 */
public final class MonteCarlo {
  static final int BLOCK = 256;

  /** Series per year: 12 columns, emissions, sinks, net. */
  public static final int SERIES = FlatModel.COLUMNS + 3;

  public static final int EMISSIONS = FlatModel.COLUMNS;
  public static final int SINKS = FlatModel.COLUMNS + 1;
  public static final int NET = FlatModel.COLUMNS + 2;

  private static final boolean[] SINK = sinkFlags();

  /** Tile buffers hold at most about this many doubles per thread. */
  private static final int TILE_DOUBLES = 1 << 16;

  private final FlatModel m;
  private final TermGroups groups;
  private final double[][] samples;
  private final int tile;
  private final ThreadLocal<Kernel> kernels;

  private MonteCarlo(FlatModel m, int iterations) {
    this.m = m;
    this.groups = TermGroups.of(m);
    this.samples = new double[m.years * SERIES][iterations];
    int perIteration = Math.max(1, Math.max(m.facKind.length, m.constant.length));
    this.tile = Math.clamp(TILE_DOUBLES / perIteration, 1, BLOCK);
    this.kernels = ThreadLocal.withInitial(() -> new Kernel(m, groups, tile));
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
      tasks.submit(() -> mc.block(start, end, new FastRandom(rng)));
    }
    tasks.awaitAll(progress, 0, share);
    return mc.samples;
  }

  /** One block, in tiles. */
  private void block(int start, int end, FastRandom rng) {
    Kernel k = kernels.get();
    for (int s = start; s < end; s += tile) {
      int len = Math.min(end, s + tile) - s;
      k.sample(len, rng);
      store(k, s, len);
    }
  }

  private void store(Kernel k, int first, int len) {
    for (int y = 0; y < m.years; y++) {
      int slot0 = y * FlatModel.COLUMNS;
      int series = y * SERIES;
      for (int c = 0; c < FlatModel.COLUMNS; c++) {
        k.copy(slot0 + c, samples[series + c], first, len);
      }
      double[] e = samples[series + EMISSIONS];
      double[] s = samples[series + SINKS];
      double[] net = samples[series + NET];
      for (int i = 0; i < len; i++) {
        double emissions = 0;
        double sinks = 0;
        for (int c = 0; c < FlatModel.COLUMNS; c++) {
          double v = k.total(slot0 + c, i);
          if (SINK[c]) {
            sinks += v;
          } else {
            emissions += v;
          }
        }
        e[first + i] = emissions;
        s[first + i] = sinks;
        net[first + i] = emissions - sinks;
      }
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
