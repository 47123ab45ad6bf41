package org.minecarbon.lca.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class DrawSolverTest {

  private static CscMatrix drawn(CscMatrix a, double gsd, long seed) {
    Random rnd = new Random(seed);
    double[] v = a.values().clone();
    for (int k = 0; k < v.length; k++) {
      v[k] *= Math.exp(Math.log(gsd) * rnd.nextGaussian());
    }
    return a.withValues(v);
  }

  private static double[] unitDemand(int n) {
    double[] f = new double[n];
    f[n - 1] = 1;
    return f;
  }

  private static void assertEqualsDense(CscMatrix a, double[] f, double[] x) {
    // oracle: the dense LU with partial pivoting of the same sampled matrix, 1e-12 of max |x|
    double[] d = DenseLu.of(a).solve(f);
    double scale = 0;
    for (double v : d) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < d.length; i++) {
      assertThat(x[i]).isCloseTo(d[i], within(1e-12 * scale));
    }
  }

  @Test
  void solve_sparseBase_refactorsAndEqualsDirectSolve() {
    CscMatrix a = BtfLuTest.random(700, 6, 0.15, 50, 0, 3);
    DrawSolver solver = new DrawSolver(BtfLu.of(a).orElseThrow(), 1e-12, 50);
    double[] f = unitDemand(700);
    for (long seed = 1; seed <= 5; seed++) {
      CscMatrix d = drawn(a, 1.1, seed);
      DrawSolver.Solution s = solver.solve(d, f, new double[700]).orElseThrow();
      assertThat(s.path()).isEqualTo(DrawSolver.Path.REFACTOR);
      assertThat(DrawSolver.residual(d, f, s.x())).isLessThanOrEqualTo(1e-12);
      assertEqualsDense(d, f, s.x());
    }
  }

  @Test
  void solve_denseBase_usesPreconditionedIteration() {
    // the dense LU has no refactor: BiCGSTAB preconditioned by it, warm-started from the base
    CscMatrix a = BtfLuTest.random(300, 5, 0.2, 30, 0, 8);
    DenseLu base = DenseLu.of(a);
    double[] f = unitDemand(300);
    CscMatrix d = drawn(a, 1.05, 4);
    DrawSolver.Solution s =
        new DrawSolver(base, 1e-12, 50).solve(d, f, base.solve(f)).orElseThrow();
    assertThat(s.path()).isEqualTo(DrawSolver.Path.ITERATIVE);
    assertEqualsDense(d, f, s.x());
  }

  @Test
  void solve_reusedPivotVanishes_factorisesAfresh() {
    // base loop [[1, -0.5], [-0.5, 1]]; the draw [[0, -0.5], [-0.5, 1]] zeroes the reused pivot,
    // BiCGSTAB from the base cannot be preconditioned usefully either way → direct LU with a swap:
    // −0.5 y = 1, −0.5 x + y = 0 → y = −2, x = −4
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, -0.5);
    b.add(1, 0, -0.5);
    b.add(1, 1, 1);
    CscMatrix a = b.build(2, 2);
    DrawSolver solver = new DrawSolver(BtfLu.of(a).orElseThrow(), 1e-12, 0);
    CscMatrix d = a.withValues(new double[] {0, -0.5, -0.5, 1});
    DrawSolver.Solution s = solver.solve(d, new double[] {1, 0}, new double[2]).orElseThrow();
    assertThat(s.path()).isEqualTo(DrawSolver.Path.DIRECT);
    assertThat(s.x()).containsExactly(new double[] {-4, -2}, within(1e-15));
  }

  @Test
  void solve_singularDraw_isSingularSystemIssue() {
    // the draw [[1, -1], [-1, 1]] is singular: an issue, never NaN
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, -0.5);
    b.add(1, 0, -0.5);
    b.add(1, 1, 1);
    CscMatrix a = b.build(2, 2);
    DrawSolver solver = new DrawSolver(BtfLu.of(a).orElseThrow(), 1e-12, 5);
    Result<DrawSolver.Solution> r =
        solver.solve(a.withValues(new double[] {1, -1, -1, 1}), new double[] {1, 0}, new double[2]);
    assertThat(r.issues()).extracting(Issue::code).containsExactly("SINGULAR_SYSTEM");
  }
}
