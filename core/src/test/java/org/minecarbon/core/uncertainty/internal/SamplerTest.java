package org.minecarbon.core.uncertainty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.distribution.Distribution;

class SamplerTest {
  private static final int N = 200_000;

  private static double[] draws(String spec) {
    Sampler.Params p = Sampler.params(Distribution.parse(spec).orElseThrow());
    SplittableRandom rng = new SplittableRandom(99);
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      out[i] = Sampler.draw(p.kind(), p.p1(), p.p2(), p.p3(), rng);
    }
    Arrays.sort(out);
    return out;
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }

  @Test
  void lognormalFit_quantilesAreTheStatedBounds() {
    // lognormal −50 %/+100 %: μ = (ln 0.5 + ln 2)/2 = 0, σ = ln 2 / 1.96 → quantiles 0.5 and 2.0
    Sampler.Params p = Sampler.params(new Distribution.Lognormal(50, 100));
    assertThat(p.p1()).isCloseTo(0, within(1e-12));
    assertThat(p.p2()).isCloseTo(Math.log(2) / Distribution.Z95, within(1e-12));
    assertThat(Sampler.quantile(p, 0.025)).isCloseTo(0.5, within(1e-12));
    assertThat(Sampler.quantile(p, 0.975)).isCloseTo(2.0, within(1e-12));
    double[] d = draws("lognormal:50:100");
    assertThat(SampleStats.percentile(d, 0.025)).isCloseTo(0.5, within(0.01));
    assertThat(SampleStats.percentile(d, 0.975)).isCloseTo(2.0, within(0.04));
  }

  @Test
  void triangular_meanIsAverageOfCorners() {
    // multipliers 0.8, 1.0, 1.3 → mean (0.8 + 1.0 + 1.3) / 3 = 1.03333
    double[] d = draws("triangular:-20:0:30");
    assertThat(mean(d)).isCloseTo(1.033333, within(0.002));
    assertThat(d[0]).isGreaterThanOrEqualTo(0.8);
    assertThat(d[N - 1]).isLessThanOrEqualTo(1.3);
  }

  @Test
  void uniform_meanIsMidpoint() {
    // multipliers 0.9 .. 1.2 → mean 1.05
    double[] d = draws("uniform:-10:20");
    assertThat(mean(d)).isCloseTo(1.05, within(0.002));
    assertThat(d[0]).isGreaterThanOrEqualTo(0.9);
    assertThat(d[N - 1]).isLessThan(1.2);
  }

  @Test
  void normal_wideRange_clampedAtZero() {
    double[] d = draws("normal:150");
    assertThat(d[0]).isEqualTo(0.0);
    // P(1 + 0.7653 z < 0) = Φ(−1.3066) = 0.0957
    long zeros = Arrays.stream(d).filter(v -> v == 0).count();
    assertThat(zeros / (double) N).isCloseTo(0.0957, within(0.005));
  }

  @Test
  void halfWidthPct_goldenValues() {
    assertThat(Sampler.halfWidthPct(null)).isEqualTo(0.0);
    assertThat(Sampler.halfWidthPct(new Distribution.Normal(7))).isCloseTo(7, within(1e-9));
    // larger side of −50/+100
    assertThat(Sampler.halfWidthPct(new Distribution.Lognormal(50, 100)))
        .isCloseTo(100, within(1e-9));
    // uniform ±10 %: 97.5 % quantile = 0.9 + 0.975 × 0.2 = 1.095 → 9.5 %
    assertThat(Sampler.halfWidthPct(new Distribution.Uniform(-10, 10)))
        .isCloseTo(9.5, within(1e-9));
    // triangular 0.8/1.0/1.3: q97.5 = 1.3 − √(0.025 × 0.5 × 0.3) = 1.2387628 (q2.5 = 0.85)
    assertThat(Sampler.halfWidthPct(new Distribution.Triangular(-20, 0, 30)))
        .isCloseTo(23.876275, within(1e-6));
  }

  @Test
  void normalZero_isExact() {
    assertThat(Sampler.params(new Distribution.Normal(0)).isExact()).isTrue();
  }
}
