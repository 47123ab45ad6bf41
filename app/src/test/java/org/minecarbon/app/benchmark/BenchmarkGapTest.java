package org.minecarbon.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchmarkGapTest {
  private static final BenchmarkView ADVANCED =
      new BenchmarkView(1, "raw-coal", 0.18, 2024, "hand example", 1);

  @Test
  void gap_aboveBenchmark_positiveInTonnesAndPercent() {
    // 0.1948 tCO2e/t (README worked example) against 0.18: +0.0148, +8.22 %
    assertThat(BenchmarkGap.gap(0.1948, ADVANCED)).isCloseTo(0.0148, within(1e-12));
    assertThat(BenchmarkGap.percent(0.1948, ADVANCED)).isCloseTo(8.2222, within(1e-4));
  }

  @Test
  void percent_zeroBenchmark_nan() {
    BenchmarkView zero = new BenchmarkView(2, "x", 0, 2024, "", 1);

    assertThat(BenchmarkGap.percent(0.5, zero)).isNaN();
  }
}
