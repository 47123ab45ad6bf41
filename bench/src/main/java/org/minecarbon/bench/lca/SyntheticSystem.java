package org.minecarbon.bench.lca;

import java.util.SplittableRandom;
import org.minecarbon.lca.matrix.CscBuilder;
import org.minecarbon.lca.matrix.CscMatrix;

/**
 * A deterministic ecoinvent-sized technosphere: n processes, each column 1 on the diagonal and
 * {@code inputs} product inputs (−0.005…−0.1, column sums of inputs below 0.7 so the Leontief
 * series converges) — most from upstream providers (row &lt; column), a share {@code loopShare}
 * from downstream providers within {@code loopReach} columns (supply loops) — and {@code flows}
 * elementary flows with 3 interventions per column. The same seed gives the same system.
 */
public record SyntheticSystem(CscMatrix tech, CscMatrix envi, double[] demand) {

  public static SyntheticSystem generate(
      int n, int inputs, int flows, double loopShare, int loopReach, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    CscBuilder a = new CscBuilder();
    CscBuilder b = new CscBuilder();
    for (int j = 0; j < n; j++) {
      a.add(j, j, 1.0);
      for (int k = 0; k < inputs; k++) {
        int row = provider(j, n, loopShare, loopReach, rnd);
        if (row != j) {
          a.add(row, j, -(0.005 + 0.095 * rnd.nextDouble()));
        }
      }
      for (int k = 0; k < 3; k++) {
        b.add(rnd.nextInt(flows), j, rnd.nextDouble());
      }
    }
    double[] f = new double[n];
    f[n - 1] = 1.0;
    return new SyntheticSystem(a.build(n, n), b.build(flows, n), f);
  }

  private static int provider(int j, int n, double loopShare, int reach, SplittableRandom rnd) {
    if (rnd.nextDouble() < loopShare || j == 0) {
      return Math.min(n - 1, j + 1 + rnd.nextInt(reach));
    }
    return rnd.nextInt(j);
  }

  /**
   * A Monte Carlo variant: every off-diagonal value × a lognormal factor (GSD {@code gsd}), the
   * diagonal kept; same pattern.
   */
  public CscMatrix sample(SplittableRandom rnd, double gsd) {
    double[] v = tech.values().clone();
    double sigma = Math.log(gsd);
    for (int k = 0; k < v.length; k++) {
      if (v[k] != 1.0) {
        v[k] *= Math.exp(sigma * rnd.nextGaussian());
      }
    }
    return tech.withValues(v);
  }
}
