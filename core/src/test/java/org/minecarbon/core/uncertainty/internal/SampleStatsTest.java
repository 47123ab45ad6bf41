package org.minecarbon.core.uncertainty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.uncertainty.Stats;

class SampleStatsTest {

  @Test
  void of_fiveValues_type7Percentiles() {
    // sorted 1..5; mean 3; sd √(10/4) = 1.5811; h = 4p: p2.5 → 1 + 0.1 = 1.1, p97.5 → 4 + 0.9 = 4.9
    Stats s = SampleStats.of(3, new double[] {5, 1, 4, 2, 3});
    assertThat(s.mean()).isCloseTo(3, within(1e-12));
    assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    assertThat(s.median()).isCloseTo(3, within(1e-12));
    assertThat(s.p025()).isCloseTo(1.1, within(1e-12));
    assertThat(s.p975()).isCloseTo(4.9, within(1e-12));
    // lower: (3 − 1.1)/3 = 63.33 %, upper (4.9 − 3)/3 = 63.33 %
    assertThat(s.lowerPct()).isCloseTo(63.3333333, within(1e-6));
    assertThat(s.upperPct()).isCloseTo(63.3333333, within(1e-6));
  }

  @Test
  void exact_zeroNominal_zeroPercent() {
    assertThat(Stats.exact(0).lowerPct()).isEqualTo(0.0);
    assertThat(Stats.exact(5).upperPct()).isEqualTo(0.0);
  }
}
