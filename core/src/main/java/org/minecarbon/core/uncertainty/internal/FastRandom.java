package org.minecarbon.core.uncertainty.internal;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The Monte Carlo loop's random numbers: SplitMix64 (the algorithm of {@link SplittableRandom},
 * seeded from one), as a plain final class so that the JIT inlines it, with a bulk {@link #fill}
 * that keeps the state in a register. Normals come from {@link RandomGenerator#nextGaussian()}, the
 * JDK's modified ziggurat (McFarland 2016): measured as fast as a Doornik 128-layer ziggurat on
 * bulk draws here, and much faster than {@code SplittableRandom.nextGaussian()} called through the
 * old per-term loop.
 */
final class FastRandom implements RandomGenerator {
  private long seed;
  private final long gamma;

  /** A generator seeded from two draws of {@code parent} (as SplittableRandom.split does). */
  FastRandom(SplittableRandom parent) {
    this.seed = parent.nextLong();
    this.gamma = mixGamma(parent.nextLong());
  }

  @Override
  public long nextLong() {
    seed += gamma;
    return mix64(seed);
  }

  /** Fills {@code out[0..n)} with the next n longs. */
  void fill(long[] out, int n) {
    long s = seed;
    final long g = gamma;
    for (int i = 0; i < n; i++) {
      s += g;
      out[i] = mix64(s);
    }
    seed = s;
  }

  /** Uniform in [0, 1) from the high 53 bits of a draw. */
  static double uniform(long bits) {
    return (bits >>> 11) * 0x1.0p-53;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int n = Long.bitCount(z ^ (z >>> 1));
    return n < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }
}
