package org.minecarbon.lca.matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * LU of one diagonal block (local CSC pattern, columns already in their fill-reducing order):
 * left-looking Gilbert–Peierls (J. R. Gilbert, T. Peierls, "Sparse partial pivoting in time
 * proportional to arithmetic operations", SIAM J. Sci. Stat. Comput. 9(5), 1988; as CSparse's
 * {@code cs_lu} and KLU's {@code klu_kernel}) with <em>threshold</em> partial pivoting that prefers
 * the diagonal, i.e. the ordering's choice: the diagonal entry is the pivot when |x_kk| ≥ {@link
 * #THRESHOLD} × the largest candidate (KLU's and UMFPACK's default 0.001), else the largest.
 *
 * <p>{@link #refactor} reuses the pattern and pivot order for new values (KLU's {@code
 * klu_refactor}): no search, only the arithmetic; it fails when a reused pivot falls below the
 * threshold, and the caller factorises afresh. Immutable, so draws may share it across threads.
 */
final class BlockLu {
  /** Partial pivoting threshold: the preferred (diagonal) pivot must be this share of the max. */
  static final double THRESHOLD = 1e-3;

  private final int m;
  private final int[] colPtr;
  private final int[] rowIdx;
  private final int[] lp;
  private final int[] li;
  private final double[] lx;
  private final int[] up;
  private final int[] ui;
  private final double[] ux;
  private final int[] prow;
  private final int[] pinv;

  private BlockLu(
      int m,
      int[] colPtr,
      int[] rowIdx,
      int[] lp,
      int[] li,
      double[] lx,
      int[] up,
      int[] ui,
      double[] ux,
      int[] prow,
      int[] pinv) {
    this.m = m;
    this.colPtr = colPtr;
    this.rowIdx = rowIdx;
    this.lp = lp;
    this.li = li;
    this.lx = lx;
    this.up = up;
    this.ui = ui;
    this.ux = ux;
    this.prow = prow;
    this.pinv = pinv;
  }

  int nonZeros() {
    return lp[m] + up[m];
  }

  /**
   * Factorises the block; empty when it is singular (no non-zero pivot left in a column). A solver
   * kernel, hence one long method.
   */
  static Optional<BlockLu> factor(int m, int[] colPtr, int[] rowIdx, double[] values) {
    int cap = Math.max(2 * colPtr[m] + m, 16);
    int[] lp = new int[m + 1];
    int[] li = new int[cap];
    double[] lx = new double[cap];
    int[] up = new int[m + 1];
    int[] ui = new int[cap];
    double[] ux = new double[cap];
    int[] pinv = new int[m];
    Arrays.fill(pinv, -1);
    int[] prow = new int[m];
    double[] x = new double[m];
    int[] mark = new int[m];
    Arrays.fill(mark, -1);
    int[] stack = new int[m];
    int[] pstack = new int[m];
    int[] topo = new int[m];
    int lnz = 0;
    int unz = 0;
    for (int j = 0; j < m; j++) {
      lp[j] = lnz;
      up[j] = unz;
      if (lnz + m > li.length) {
        int c = 2 * li.length + m;
        li = Arrays.copyOf(li, c);
        lx = Arrays.copyOf(lx, c);
      }
      if (unz + m > ui.length) {
        int c = 2 * ui.length + m;
        ui = Arrays.copyOf(ui, c);
        ux = Arrays.copyOf(ux, c);
      }
      // symbolic: reach of A(:,j) in the graph of L, in reverse post-order into topo[top..m)
      int top = m;
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        int start = rowIdx[k];
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
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        x[rowIdx[k]] += values[k];
      }
      for (int p = top; p < m; p++) {
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
      // threshold pivot: the diagonal (row j) if large enough, else the largest candidate
      int ipiv = -1;
      double max = 0;
      for (int p = top; p < m; p++) {
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
      if (ipiv < 0 || !(max > 0) || !Double.isFinite(max)) {
        return Optional.empty();
      }
      if (pinv[j] < 0 && mark[j] == j && Math.abs(x[j]) >= THRESHOLD * max) {
        ipiv = j;
      }
      double pivot = x[ipiv];
      ui[unz] = j;
      ux[unz++] = pivot;
      pinv[ipiv] = j;
      prow[j] = ipiv;
      li[lnz] = ipiv;
      lx[lnz++] = 1;
      for (int p = top; p < m; p++) {
        int i = topo[p];
        if (pinv[i] < 0) {
          li[lnz] = i;
          lx[lnz++] = x[i] / pivot;
        }
        x[i] = 0;
      }
    }
    lp[m] = lnz;
    up[m] = unz;
    // L's row indices are local rows; renumber them to pivot order for solve and refactor
    for (int p = 0; p < lnz; p++) {
      li[p] = pinv[li[p]];
    }
    return Optional.of(
        new BlockLu(
            m,
            colPtr,
            rowIdx,
            lp,
            Arrays.copyOf(li, lnz),
            Arrays.copyOf(lx, lnz),
            up,
            Arrays.copyOf(ui, unz),
            Arrays.copyOf(ux, unz),
            prow,
            pinv));
  }

  /**
   * The same pattern and pivot order with new values (aligned with the block's CSC pattern); empty
   * when a pivot is zero, not finite or below {@link #THRESHOLD} × its column's largest entry.
   */
  Optional<BlockLu> refactor(double[] values) {
    double[] nlx = new double[lx.length];
    double[] nux = new double[ux.length];
    double[] x = new double[m];
    for (int k = 0; k < m; k++) {
      for (int p = colPtr[k]; p < colPtr[k + 1]; p++) {
        x[pinv[rowIdx[p]]] += values[p];
      }
      int diag = up[k + 1] - 1;
      for (int p = up[k]; p < diag; p++) {
        int j = ui[p];
        double xj = x[j];
        nux[p] = xj;
        x[j] = 0;
        for (int q = lp[j] + 1; q < lp[j + 1]; q++) {
          x[li[q]] -= nlx[q] * xj;
        }
      }
      double pivot = x[k];
      x[k] = 0;
      nux[diag] = pivot;
      nlx[lp[k]] = 1;
      double max = 0;
      for (int q = lp[k] + 1; q < lp[k + 1]; q++) {
        max = Math.max(max, Math.abs(x[li[q]]));
      }
      if (!(Math.abs(pivot) >= THRESHOLD * max) || pivot == 0 || !Double.isFinite(pivot)) {
        return Optional.empty();
      }
      for (int q = lp[k] + 1; q < lp[k + 1]; q++) {
        nlx[q] = x[li[q]] / pivot;
        x[li[q]] = 0;
      }
    }
    return Optional.of(new BlockLu(m, colPtr, rowIdx, lp, li, nlx, up, ui, nux, prow, pinv));
  }

  /** Solves the block in place on {@code y[off .. off+m)} (local column k ↔ y[off+k]). */
  void solveInPlace(double[] y, int off) {
    double[] x = new double[m];
    for (int k = 0; k < m; k++) {
      x[k] = y[off + prow[k]];
    }
    for (int j = 0; j < m; j++) {
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int p = lp[j] + 1; p < lp[j + 1]; p++) {
        x[li[p]] -= lx[p] * xj;
      }
    }
    for (int j = m - 1; j >= 0; j--) {
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
    System.arraycopy(x, 0, y, off, m);
  }
}
