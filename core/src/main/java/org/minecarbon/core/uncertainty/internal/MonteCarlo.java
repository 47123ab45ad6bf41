package org.minecarbon.core.uncertainty.internal;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleConsumer;
import org.minecarbon.core.calc.Column;

/**
 * IPCC Approach 2: runs the flattened model {@code iterations} times and stores every sample.
 *
 * <p>Reproducibility: iterations are cut into fixed blocks of {@value #BLOCK}; block {@code b} gets
 * the {@code b}-th {@link SplittableRandom#split()} of a root generator seeded with the seed, split
 * in order on the calling thread. Which thread runs a block therefore never changes a draw, so a
 * seed gives the same samples for any thread count.
 *
 * <p>Per iteration: one draw per distinct uncertain factor (shared by every term that uses it) and
 * per term one independent activity draw multiplied with its factor multipliers. Nothing is
 * allocated per iteration: buffers are per block, and a block is processed in tiles of iterations
 * (term-major inside a tile) so that each term's data is read once per tile, not once per
 * iteration. The tile length depends only on the model, so draws stay thread-count independent.
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
  private final double[][] samples;
  private final int tile;

  private MonteCarlo(FlatModel m, int iterations) {
    this.m = m;
    this.samples = new double[m.years * SERIES][iterations];
    int perIteration = Math.max(1, Math.max(m.facKind.length, m.constant.length));
    this.tile = Math.clamp(TILE_DOUBLES / perIteration, 1, BLOCK);
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

  /** One block, in tiles: per tile the factor draws first (iteration-major), then term by term. */
  private void block(int start, int end, SplittableRandom rng) {
    for (int s = start; s < end; s += tile) {
      tile(s, Math.min(end, s + tile), rng);
    }
  }

  private void tile(int start, int end, SplittableRandom rng) {
    int len = end - start;
    int width = m.constant.length;
    int nf = m.facKind.length;
    double[] acc = new double[len * width];
    double[] fmul = new double[len * nf];
    FlatModel f = m;
    for (int i = 0; i < len; i++) {
      for (int k = 0; k < nf; k++) {
        fmul[i * nf + k] = Sampler.draw(f.facKind[k], f.fac1[k], f.fac2[k], f.fac3[k], rng);
      }
      System.arraycopy(f.constant, 0, acc, i * width, width);
    }
    for (int t = 0; t < f.terms; t++) {
      term(t, len, rng, acc, width, fmul, nf);
    }
    for (int i = 0; i < len; i++) {
      store(acc, i * width, start + i);
    }
  }

  private void term(
      int t, int len, SplittableRandom rng, double[] acc, int width, double[] fmul, int nf) {
    FlatModel f = m;
    final double base = f.base[t];
    final int r0 = f.refStart[t];
    final int r1 = f.refStart[t + 1];
    final int[] refs = f.refs;
    final byte kind = f.actKind[t];
    final double a1 = f.act1[t];
    final double a2 = f.act2[t];
    final double a3 = f.act3[t];
    for (int i = 0, fi = 0, ai = f.out[t]; i < len; i++, fi += nf, ai += width) {
      double v = base;
      if (kind == Sampler.NORMAL) {
        double mult = 1 + a1 * rng.nextGaussian();
        v *= mult < 0 ? 0 : mult;
      } else if (kind != Sampler.NONE) {
        v *= Sampler.draw(kind, a1, a2, a3, rng);
      }
      for (int j = r0; j < r1; j++) {
        v *= fmul[fi + refs[j]];
      }
      acc[ai] += v;
    }
  }

  private void store(double[] acc, int offset, int it) {
    for (int y = 0; y < m.years; y++) {
      int in = offset + y * FlatModel.COLUMNS;
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
