package org.minecarbon.bench.lca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LcaScaleBenchmarkTest {
  @Test
  void generate_sameSeed_sameSystem() {
    var a = SyntheticSystem.generate(500, 6, 20, 0.1, 50, 7);
    var b = SyntheticSystem.generate(500, 6, 20, 0.1, 50, 7);
    assertThat(a.tech().values()).containsExactly(b.tech().values());
    assertThat(a.envi().values()).containsExactly(b.envi().values());
  }

  @Test
  void run_smallSystem_iterativeDrawsEqualDirectSolveTo1e9() {
    // n = 4,000 is above the dense limit (3,000), so the sparse LU path is the one measured
    var r = LcaScaleBenchmark.run(4000, 5, 3);
    assertThat(r.maxRelDiff()).isLessThanOrEqualTo(1e-9);
    assertThat(r.nnz()).isGreaterThan(4000 * 6);
  }
}
