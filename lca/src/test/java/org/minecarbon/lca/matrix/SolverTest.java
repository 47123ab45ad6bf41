package org.minecarbon.lca.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SolverTest {
  @Test
  void sparseAndDense_loopSystem_solveHandComputedScaling() {
    // A = [[1, -0.5], [-0.2, 1]], f = [1, 0]: s2 = 0.2 s1, s1 - 0.1 s1 = 1 → s1 = 1/0.9, s2 =
    // 0.2/0.9
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, -0.5);
    b.add(1, 0, -0.2);
    b.add(1, 1, 1);
    CscMatrix a = b.build(2, 2);
    for (LinearSolver s : new LinearSolver[] {DenseLu.of(a), SparseLu.of(a)}) {
      double[] x = s.solve(new double[] {1, 0});
      assertThat(x[0]).isCloseTo(1 / 0.9, within(1e-14));
      assertThat(x[1]).isCloseTo(0.2 / 0.9, within(1e-14));
    }
  }

  @Test
  void sparseLu_needsPivoting_matchesDense() {
    // zero diagonal at (0,0) forces a row swap: A = [[0, 2], [3, 1]], b = [4, 5] → y = 2, x = 1
    CscBuilder b = new CscBuilder();
    b.add(0, 1, 2);
    b.add(1, 0, 3);
    b.add(1, 1, 1);
    double[] x = SparseLu.of(b.build(2, 2)).solve(new double[] {4, 5});
    assertThat(x[0]).isCloseTo(1, within(1e-14));
    assertThat(x[1]).isCloseTo(2, within(1e-14));
  }

  @Test
  void sparseLu_randomTechnosphere_residualBelow1e12() {
    // diagonal-dominant random system with loops (n = 400, 6 off-diagonals per column)
    int n = 400;
    Random rnd = new Random(42);
    CscBuilder b = new CscBuilder();
    for (int j = 0; j < n; j++) {
      b.add(j, j, 1);
      for (int k = 0; k < 6; k++) {
        b.add(rnd.nextInt(n), j, -0.1 * rnd.nextDouble());
      }
    }
    CscMatrix a = b.build(n, n);
    double[] f = new double[n];
    f[0] = 1;
    double[] xs = SparseLu.of(a).solve(f);
    double[] xd = DenseLu.of(a).solve(f);
    double[] r = a.multiply(xs);
    for (int i = 0; i < n; i++) {
      assertThat(r[i]).isCloseTo(f[i], within(1e-12));
      assertThat(xs[i]).isCloseTo(xd[i], within(1e-12));
    }
  }

  @Test
  void iterative_perturbedMatrix_equalsDirectSolveTo1e9() {
    // base A (loops), then each entry off by up to ±5 %: BiCGSTAB preconditioned with LU(base)
    int n = 300;
    Random rnd = new Random(7);
    CscBuilder b = new CscBuilder();
    for (int j = 0; j < n; j++) {
      b.add(j, j, 1);
      for (int k = 0; k < 5; k++) {
        b.add(rnd.nextInt(n), j, -0.15 * rnd.nextDouble());
      }
    }
    CscMatrix base = b.build(n, n);
    double[] v = base.values().clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= 1 + 0.1 * (rnd.nextDouble() - 0.5);
    }
    CscMatrix drawn = base.withValues(v);
    double[] f = new double[n];
    f[0] = 1;
    LinearSolver lu = SparseLu.of(base);
    double[] x = new IterativeSolver(lu, 1e-13, 100).solve(drawn, f, lu.solve(f)).orElseThrow();
    double[] direct = SparseLu.of(drawn).solve(f);
    for (int i = 0; i < n; i++) {
      assertThat(x[i]).isCloseTo(direct[i], within(1e-9 * Math.max(1e-3, Math.abs(direct[i]))));
    }
  }
}
