package org.minecarbon.lca.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class BtfLuTest {

  /**
   * A random technosphere: 1 on the diagonal (or, with {@code zeroDiag} probability, 0 and a loop
   * with the next column that makes it regular), {@code inputs} entries per column, mostly upstream
   * (row < column), a share from downstream rows within {@code reach} (supply loops, so blocks of
   * several processes).
   */
  static CscMatrix random(int n, int inputs, double loopShare, int reach, double zeroDiag, long s) {
    Random rnd = new Random(s);
    CscBuilder b = new CscBuilder();
    for (int j = 0; j < n; j++) {
      if (rnd.nextDouble() >= zeroDiag || j == n - 1) {
        b.add(j, j, 1);
      } else {
        // a zero diagonal inside a 2-loop with the next process: [[0, 1], [1, 1]] is regular
        b.add(j + 1, j, 1);
        b.add(j, j + 1, 1);
      }
      for (int k = 0; k < inputs; k++) {
        int row =
            rnd.nextDouble() < loopShare || j == 0
                ? Math.min(n - 1, j + 1 + rnd.nextInt(reach))
                : rnd.nextInt(j);
        b.add(row, j, (rnd.nextBoolean() ? -1 : 1) * (0.01 + 0.3 * rnd.nextDouble()));
      }
    }
    return b.build(n, n);
  }

  private static BtfLu ok(Result<BtfLu> r) {
    assertThat(r.issues()).isEmpty();
    return ((Result.Ok<BtfLu>) r).value();
  }

  private static double[] rhs(int n, long seed) {
    Random rnd = new Random(seed);
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = rnd.nextDouble() - 0.5;
    }
    return f;
  }

  @Test
  void btfLu_randomSparseSystems_equalDenseSolverTo1e12() {
    // the dense LU with partial pivoting is the oracle; tolerance 1e-12 relative to max |x|
    int solved = 0;
    for (long seed = 1; seed <= 6; seed++) {
      double zeroDiag = seed % 2 == 0 ? 0.05 : 0;
      CscMatrix a = random(600, 5, 0.2 * seed / 6, 40, zeroDiag, seed);
      double[] f = rhs(600, seed);
      Result<BtfLu> r = BtfLu.of(a);
      if (!r.isOk()) {
        continue; // a zero diagonal may make a random matrix singular; checked elsewhere
      }
      solved++;
      double[] x = ok(r).solve(f);
      double[] d = DenseLu.of(a).solve(f);
      double scale = 0;
      for (double v : d) {
        scale = Math.max(scale, Math.abs(v));
      }
      for (int i = 0; i < d.length; i++) {
        assertThat(x[i]).as("seed %d, x[%d]", seed, i).isCloseTo(d[i], within(1e-12 * scale));
      }
    }
    assertThat(solved).isGreaterThanOrEqualTo(5);
  }

  @Test
  void btfLu_oneLargeLoopBlock_equalsDenseSolverTo1e12() {
    // every column also feeds its successor's loop: one strongly connected block of 400
    CscMatrix a = random(400, 4, 0.5, 400, 0, 21);
    BtfLu lu = ok(BtfLu.of(a));
    double[] f = rhs(400, 2);
    double[] x = lu.solve(f);
    double[] d = DenseLu.of(a).solve(f);
    double scale = 0;
    for (double v : d) {
      scale = Math.max(scale, Math.abs(v));
    }
    assertThat(lu.largestBlock()).isGreaterThan(300);
    for (int i = 0; i < d.length; i++) {
      assertThat(x[i]).isCloseTo(d[i], within(1e-12 * scale));
    }
  }

  @Test
  void btfLu_loops_formBlocksAndSolve() {
    // rows/cols 0..4: 0 → 1 → 2 → 0 is a loop (one block of 3); 3 and 4 are single processes
    // A = I except A[1,0] = A[2,1] = A[0,2] = -0.5, A[0,3] = -1, A[3,4] = -2, f = e_4.
    // s4 = 1; s3 = 2 s4 = 2; loop: s0 = 0.5 s2 + s3, s1 = 0.5 s0, s2 = 0.5 s1
    // → s0 = 0.125 s0 + 2 → s0 = 16/7, s1 = 8/7, s2 = 4/7
    CscBuilder b = new CscBuilder();
    for (int i = 0; i < 5; i++) {
      b.add(i, i, 1);
    }
    b.add(1, 0, -0.5);
    b.add(2, 1, -0.5);
    b.add(0, 2, -0.5);
    b.add(0, 3, -1);
    b.add(3, 4, -2);
    BtfLu lu = ok(BtfLu.of(b.build(5, 5)));
    assertThat(lu.blocks()).isEqualTo(3);
    assertThat(lu.largestBlock()).isEqualTo(3);
    double[] s = lu.solve(new double[] {0, 0, 0, 0, 1});
    assertThat(s).containsExactly(new double[] {16.0 / 7, 8.0 / 7, 4.0 / 7, 2, 1}, within(1e-14));
  }

  @Test
  void btfLu_zeroDiagonalInLoop_pivotsOffDiagonal() {
    // A = [[0, 2], [3, 1]] (one block: 0 ↔ 1), b = [4, 5]: 2y = 4 → y = 2; 3x + y = 5 → x = 1
    CscBuilder b = new CscBuilder();
    b.add(0, 1, 2);
    b.add(1, 0, 3);
    b.add(1, 1, 1);
    double[] x = ok(BtfLu.of(b.build(2, 2))).solve(new double[] {4, 5});
    assertThat(x).containsExactly(new double[] {1, 2}, within(1e-15));
  }

  @Test
  void btfLu_structurallyZeroColumn_isSingularSystemIssue() {
    // column 1 is empty: no pivot exists
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(2, 2, 1);
    Result<BtfLu> r = BtfLu.of(b.build(3, 3));
    assertThat(r.isOk()).isFalse();
    assertThat(r.issues()).extracting(Issue::code).containsExactly("SINGULAR_SYSTEM");
  }

  @Test
  void btfLu_numericallySingularLoop_isSingularSystemIssue() {
    // loop block [[1, -1], [-1, 1]]: rows are dependent (det = 0), not a NaN result
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, -1);
    b.add(1, 0, -1);
    b.add(1, 1, 1);
    b.add(2, 2, 1);
    b.add(0, 2, -1);
    Result<BtfLu> r = BtfLu.of(b.build(3, 3));
    assertThat(r.issues()).extracting(Issue::code).containsExactly("SINGULAR_SYSTEM");
    assertThat(LinearSolver.tryFactorize(b.build(3, 3)).isOk()).isFalse();
  }

  @Test
  void refactor_newValuesSamePattern_equalsFreshFactorisationTo1e12() {
    CscMatrix a = random(800, 6, 0.15, 50, 0, 11);
    BtfLu base = ok(BtfLu.of(a));
    Random rnd = new Random(5);
    double[] v = a.values().clone();
    for (int k = 0; k < v.length; k++) {
      v[k] *= Math.exp(0.1 * rnd.nextGaussian());
    }
    CscMatrix drawn = a.withValues(v);
    double[] f = rhs(800, 3);
    double[] x = base.refactor(drawn).orElseThrow().solve(f);
    double[] d = DenseLu.of(drawn).solve(f);
    for (int i = 0; i < d.length; i++) {
      assertThat(x[i]).isCloseTo(d[i], within(1e-12 * Math.max(1, Math.abs(d[i]))));
    }
  }

  @Test
  void refactor_reusedPivotBecomesZero_isEmpty() {
    // loop [[1, -0.5], [-0.5, 1]] pivots on the diagonal; the draw [[0, -0.5], [-0.5, 1]] makes
    // the first reused pivot 0 → no refactor (the caller factorises afresh, which swaps rows)
    CscBuilder b = new CscBuilder();
    b.add(0, 0, 1);
    b.add(0, 1, -0.5);
    b.add(1, 0, -0.5);
    b.add(1, 1, 1);
    CscMatrix a = b.build(2, 2);
    BtfLu lu = ok(BtfLu.of(a));
    CscMatrix drawn = a.withValues(new double[] {0, -0.5, -0.5, 1});
    assertThat(lu.refactor(drawn)).isEmpty();
    // fresh: 0·x − 0.5 y = 1, −0.5 x + y = 0 → y = −2, x = −4
    assertThat(ok(BtfLu.of(drawn)).solve(new double[] {1, 0}))
        .containsExactly(new double[] {-4, -2}, within(1e-15));
  }

  @Test
  void minimumDegree_arrowBlock_eliminatesHubLast() {
    // arrow: hub 0 linked to 1..5 both ways; natural order eliminates the hub first (clique of
    // 5: fill 10 + 5), minimum degree takes leaves first (degree 1) and the hub last
    int m = 6;
    CscBuilder b = new CscBuilder();
    for (int i = 0; i < m; i++) {
      b.add(i, i, 4);
      if (i > 0) {
        b.add(0, i, 1);
        b.add(i, 0, 1);
      }
    }
    CscMatrix a = b.build(m, m);
    int[] order = MinimumDegree.order(m, a.colPtr(), a.rowIdx());
    // leaves 1..4 go first (degree 1); then hub and leaf 5 tie at degree 1 (smallest index first)
    assertThat(order).containsExactly(1, 2, 3, 4, 0, 5);
    // solved through the ordered block: A x = A·1 → x = 1
    double[] x = ok(BtfLu.of(a)).solve(a.multiply(new double[] {1, 1, 1, 1, 1, 1}));
    assertThat(x).containsExactly(new double[] {1, 1, 1, 1, 1, 1}, within(1e-14));
  }
}
