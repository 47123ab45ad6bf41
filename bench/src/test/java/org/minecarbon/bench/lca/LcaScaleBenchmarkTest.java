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
  void run_smallSystem_drawsEqualDirectSolveTo1e9() {
    // n = 4,000 is above the dense limit (3,000), so the sparse LU paths are the ones measured;
    // issue 14: every draw equals a direct LU solve of the same sampled matrix to 1e-9
    var r = LcaScaleBenchmark.run(4000, 5, 3);
    assertThat(r.maxRelDiff()).isLessThanOrEqualTo(1e-9);
    assertThat(r.iterativeMaxRelDiff()).isLessThanOrEqualTo(1e-9);
    assertThat(r.oldMaxRelDiff()).isLessThanOrEqualTo(1e-9);
    assertThat(r.refactorFallbacks()).isZero();
    assertThat(r.nnz()).isGreaterThan(4000 * 6);
    // the block triangular factors never hold more than the whole of A plus the loops' L and U
    assertThat(r.newLuNonZeros()).isLessThan(r.oldLuNonZeros());
  }
}
