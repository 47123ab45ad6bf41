package org.minecarbon.core.uncertainty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
  private static final int N = 4096;

  @Test
  void fill_sameSeed_equalsSuccessiveNextLong() {
    FastRandom bulk = new FastRandom(new SplittableRandom(5));
    FastRandom single = new FastRandom(new SplittableRandom(5));
    long[] bits = new long[100];
    bulk.fill(bits, 100);
    for (long b : bits) {
      assertThat(single.nextLong()).isEqualTo(b);
    }
    assertThat(bulk.nextLong()).isEqualTo(single.nextLong());
  }

  @Test
  void triangular_branchFreeKernel_equalsInverseCdf() {
    // triangular(-20 %, +5 %, +30 %): multipliers a = 0.8, c = 1.05, b = 1.3
    double a = 0.8;
    double c = 1.05;
    double b = 1.3;
    double[] sum = new double[N];
    Draws.accumulate(
        Sampler.TRIANGULAR,
        2.0,
        a,
        c,
        b,
        new FastRandom(new SplittableRandom(3)),
        new long[N],
        sum,
        N);
    long[] bits = new long[N];
    new FastRandom(new SplittableRandom(3)).fill(bits, N);
    for (int i = 0; i < N; i++) {
      double u = FastRandom.uniform(bits[i]);
      double expected =
          u * (b - a) < c - a
              ? a + Math.sqrt(u * (b - a) * (c - a))
              : b - Math.sqrt((1 - u) * (b - a) * (b - c));
      assertThat(sum[i]).isCloseTo(2.0 * expected, within(1e-12));
    }
  }

  @Test
  void uniform_kernel_staysInRangeWithMeanAtMidpoint() {
    // uniform(-10 %, +20 %) on base 1: multipliers in [0.9, 1.2), mean 1.05, sd 0.3 / √12
    double[] sum = new double[N];
    Draws.accumulate(
        Sampler.UNIFORM,
        1.0,
        0.9,
        1.2,
        0,
        new FastRandom(new SplittableRandom(8)),
        new long[N],
        sum,
        N);
    assertThat(Arrays.stream(sum).min().orElseThrow()).isGreaterThanOrEqualTo(0.9);
    assertThat(Arrays.stream(sum).max().orElseThrow()).isLessThan(1.2);
    // standard error of the mean 0.0866 / √4096 = 0.00135; 4 SE
    assertThat(Arrays.stream(sum).average().orElseThrow()).isCloseTo(1.05, within(0.0055));
  }

  @Test
  void normal_kernelAccumulates_onTopOfExistingSums() {
    // two calls add two independent normal draws (sd 5 %) to 10: mean 10 + 2 × 3 = 16
    double[] sum = new double[N];
    Arrays.fill(sum, 10);
    FastRandom rng = new FastRandom(new SplittableRandom(1));
    long[] bits = new long[N];
    Draws.accumulate(Sampler.NORMAL, 3.0, 0.05, 0, 0, rng, bits, sum, N);
    Draws.accumulate(Sampler.NORMAL, 3.0, 0.05, 0, 0, rng, bits, sum, N);
    // sd of the sum = 3 × 0.05 × √2 = 0.212; SE of the mean 0.212 / 64 = 0.0033; 4 SE
    assertThat(Arrays.stream(sum).average().orElseThrow()).isCloseTo(16, within(0.014));
  }
}
