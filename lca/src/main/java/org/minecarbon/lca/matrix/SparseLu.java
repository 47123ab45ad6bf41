package org.minecarbon.lca.matrix;

import java.util.Arrays;

/**
 * Left-looking sparse LU with partial pivoting (Gilbert–Peierls, as in CSparse's {@code cs_lu}):
 * column j of L and U comes from a sparse triangular solve whose pattern is found by a depth-first
 * search over L. No fill-reducing ordering and no block triangular form: the session-5 sparse
 * solver, kept as the baseline of {@code bench}'s {@code LcaScaleBenchmark} and as an independent
 * direct solve in tests; the engine uses {@link BtfLu}. Pure Java; a solver kernel, hence one long
 * method.
 */
public final class SparseLu implements LinearSolver {
  private final int n;
  private final int[] lp;
  private final int[] li;
  private final double[] lx;
  private final int[] up;
  private final int[] ui;
  private final double[] ux;
  private final int[] prow;

  private SparseLu(
      int n, int[] lp, int[] li, double[] lx, int[] up, int[] ui, double[] ux, int[] prow) {
    this.n = n;
    this.lp = lp;
    this.li = li;
    this.lx = lx;
    this.up = up;
    this.ui = ui;
    this.ux = ux;
    this.prow = prow;
  }

  /** Factorises a square matrix; a structurally or numerically singular one throws. */
  public static SparseLu of(CscMatrix a) {
    int n = a.cols();
    int[] ap = a.colPtr();
    int[] ai = a.rowIdx();
    double[] av = a.values();
    int cap = Math.max(4 * ap[n] + n, 16);
    int[] lp = new int[n + 1];
    int[] li = new int[cap];
    double[] lx = new double[cap];
    int[] up = new int[n + 1];
    int[] ui = new int[cap];
    double[] ux = new double[cap];
    int[] pinv = new int[n];
    Arrays.fill(pinv, -1);
    int[] prow = new int[n];
    double[] x = new double[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    int[] stack = new int[n];
    int[] pstack = new int[n];
    int[] topo = new int[n];
    int lnz = 0;
    int unz = 0;
    for (int j = 0; j < n; j++) {
      lp[j] = lnz;
      up[j] = unz;
      if (lnz + n > li.length) {
        int c = 2 * li.length + n;
        li = Arrays.copyOf(li, c);
        lx = Arrays.copyOf(lx, c);
      }
      if (unz + n > ui.length) {
        int c = 2 * ui.length + n;
        ui = Arrays.copyOf(ui, c);
        ux = Arrays.copyOf(ux, c);
      }
      // symbolic: reach of A(:,j) in the graph of L, in reverse post-order into topo[top..n)
      int top = n;
      for (int k = ap[j]; k < ap[j + 1]; k++) {
        int start = ai[k];
        if (mark[start] == j) {
          continue;
        }
        int head = 0;
        stack[0] = start;
        while (head >= 0) {
          int i = stack[head];
          int col = pinv[i];
          if (mark[i] != j) {
            mark[i] = j;
            pstack[head] = col < 0 ? 0 : lp[col] + 1;
          }
          boolean done = true;
          if (col >= 0) {
            int end = lp[col + 1];
            for (int p = pstack[head]; p < end; p++) {
              int r = li[p];
              if (mark[r] != j) {
                pstack[head] = p + 1;
                stack[++head] = r;
                done = false;
                break;
              }
            }
          }
          if (done) {
            head--;
            topo[--top] = i;
          }
        }
      }
      // numeric: x = L \ A(:,j) over the reach
      for (int p = top; p < n; p++) {
        x[topo[p]] = 0;
      }
      for (int k = ap[j]; k < ap[j + 1]; k++) {
        x[ai[k]] += av[k];
      }
      for (int p = top; p < n; p++) {
        int i = topo[p];
        int col = pinv[i];
        if (col < 0) {
          continue;
        }
        double xi = x[i];
        for (int q = lp[col] + 1; q < lp[col + 1]; q++) {
          x[li[q]] -= lx[q] * xi;
        }
      }
      // pivot: the largest non-pivotal entry; U gets the pivotal ones
      int ipiv = -1;
      double max = -1;
      for (int p = top; p < n; p++) {
        int i = topo[p];
        if (pinv[i] < 0) {
          double t = Math.abs(x[i]);
          if (t > max) {
            max = t;
            ipiv = i;
          }
        } else {
          ui[unz] = pinv[i];
          ux[unz++] = x[i];
        }
      }
      if (ipiv < 0 || max == 0) {
        throw new ArithmeticException("technosphere matrix is singular at column " + j);
      }
      double pivot = x[ipiv];
      ui[unz] = j;
      ux[unz++] = pivot;
      pinv[ipiv] = j;
      prow[j] = ipiv;
      li[lnz] = ipiv;
      lx[lnz++] = 1;
      for (int p = top; p < n; p++) {
        int i = topo[p];
        if (pinv[i] < 0) {
          li[lnz] = i;
          lx[lnz++] = x[i] / pivot;
        }
        x[i] = 0;
      }
    }
    lp[n] = lnz;
    up[n] = unz;
    // L's row indices are original rows; renumber them to pivot order for the solve
    for (int p = 0; p < lnz; p++) {
      li[p] = pinv[li[p]];
    }
    return new SparseLu(n, lp, li, lx, up, ui, ux, prow);
  }

  @Override
  public double[] solve(double[] b) {
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = b[prow[k]];
    }
    for (int j = 0; j < n; j++) {
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int p = lp[j] + 1; p < lp[j + 1]; p++) {
        x[li[p]] -= lx[p] * xj;
      }
    }
    for (int j = n - 1; j >= 0; j--) {
      int diag = up[j + 1] - 1;
      x[j] /= ux[diag];
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int p = up[j]; p < diag; p++) {
        x[ui[p]] -= ux[p] * xj;
      }
    }
    return x;
  }

  public int nonZeros() {
    return lp[n] + up[n];
  }
}
