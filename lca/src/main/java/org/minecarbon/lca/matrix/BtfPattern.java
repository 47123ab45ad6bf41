package org.minecarbon.lca.matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * The structure a {@link BtfLu} shares between factorisations of one pattern: the symmetric
 * permutation (blocks, and inside each larger block its fill-reducing order), the off-diagonal
 * entries in permuted CSC form, each block's local CSC pattern, and for every one of them the index
 * of its value in the original matrix, so a new draw's values are gathered without a search.
 */
final class BtfPattern {
  private final int n;
  private final int nnz;
  private final int[] perm;
  private final int[] blockStart;
  private final int[] diagSrc;
  private final int[] offPtr;
  private final int[] offRow;
  private final int[] offSrc;
  private final Local[] local;
  private final int singletons;

  /** A block's local CSC pattern (local row = new index − block start) and its value sources. */
  record Local(int[] colPtr, int[] rowIdx, int[] src) {}

  private BtfPattern(
      CscMatrix a, int[] perm, int[] blockStart, int[] diagSrc, Local[] local, int singletons) {
    this.n = a.cols();
    this.nnz = a.nonZeros();
    this.perm = perm;
    this.blockStart = blockStart;
    this.diagSrc = diagSrc;
    this.local = local;
    this.singletons = singletons;
    int[] pinv = inverse(perm);
    int[] ap = a.colPtr();
    int[] ai = a.rowIdx();
    int[] ptr = new int[n + 1];
    int[] row = new int[nnz];
    int[] src = new int[nnz];
    int[] blockOf = blockOf(blockStart, n);
    int m = 0;
    for (int j = 0; j < n; j++) {
      ptr[j] = m;
      int col = perm[j];
      for (int k = ap[col]; k < ap[col + 1]; k++) {
        int i = pinv[ai[k]];
        if (blockOf[i] < blockOf[j]) {
          row[m] = i;
          src[m++] = k;
        }
      }
    }
    ptr[n] = m;
    this.offPtr = ptr;
    this.offRow = Arrays.copyOf(row, m);
    this.offSrc = Arrays.copyOf(src, m);
  }

  static BtfPattern of(CscMatrix a) {
    BlockTriangular bt = BlockTriangular.of(a);
    int n = a.cols();
    int[] perm = bt.perm().clone();
    int[] start = bt.blockStart();
    int blocks = start.length - 1;
    Local[] local = new Local[blocks];
    int[] diagSrc = new int[n];
    Arrays.fill(diagSrc, -1);
    int singletons = 0;
    int[] pos = new int[n];
    Arrays.fill(pos, -1);
    for (int b = 0; b < blocks; b++) {
      int s = start[b];
      int size = start[b + 1] - s;
      if (size == 1) {
        singletons++;
        int col = perm[s];
        int k = Arrays.binarySearch(a.rowIdx(), a.colPtr()[col], a.colPtr()[col + 1], col);
        diagSrc[s] = k >= 0 ? k : -1;
        continue;
      }
      Local natural = local(a, perm, s, size, pos);
      int[] order = MinimumDegree.order(size, natural.colPtr(), natural.rowIdx());
      int[] block = Arrays.copyOfRange(perm, s, s + size);
      for (int k = 0; k < size; k++) {
        perm[s + k] = block[order[k]];
      }
      local[b] = local(a, perm, s, size, pos);
    }
    return new BtfPattern(a, perm, start, diagSrc, local, singletons);
  }

  /**
   * The block's entries as a local CSC matrix in the order {@code perm[s .. s+size)}; {@code pos}
   * is all −1 on entry and on return.
   */
  private static Local local(CscMatrix a, int[] perm, int s, int size, int[] pos) {
    int[] ap = a.colPtr();
    int[] ai = a.rowIdx();
    for (int k = 0; k < size; k++) {
      pos[perm[s + k]] = k;
    }
    int count = 0;
    for (int k = 0; k < size; k++) {
      count += ap[perm[s + k] + 1] - ap[perm[s + k]];
    }
    int[] colPtr = new int[size + 1];
    int[] rowIdx = new int[count];
    int[] src = new int[count];
    int m = 0;
    for (int k = 0; k < size; k++) {
      colPtr[k] = m;
      int col = perm[s + k];
      for (int p = ap[col]; p < ap[col + 1]; p++) {
        int r = pos[ai[p]];
        if (r >= 0) {
          rowIdx[m] = r;
          src[m++] = p;
        }
      }
    }
    colPtr[size] = m;
    for (int k = 0; k < size; k++) {
      pos[perm[s + k]] = -1;
    }
    return new Local(colPtr, Arrays.copyOf(rowIdx, m), Arrays.copyOf(src, m));
  }

  private static int[] inverse(int[] perm) {
    int[] inv = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      inv[perm[i]] = i;
    }
    return inv;
  }

  private static int[] blockOf(int[] start, int n) {
    int[] of = new int[n];
    for (int b = 0; b + 1 < start.length; b++) {
      Arrays.fill(of, start[b], start[b + 1], b);
    }
    return of;
  }

  Optional<BlockLu> factorBlock(int b, double[] values) {
    Local l = local[b];
    return BlockLu.factor(size(b), l.colPtr(), l.rowIdx(), gatherBlock(b, values));
  }

  double[] gatherBlock(int b, double[] values) {
    int[] src = local[b].src();
    double[] v = new double[src.length];
    for (int k = 0; k < src.length; k++) {
      v[k] = values[src[k]];
    }
    return v;
  }

  double[] gatherDiagonal(double[] values) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = diagSrc[i] >= 0 ? values[diagSrc[i]] : 0;
    }
    return d;
  }

  double[] gatherOffDiagonal(double[] values) {
    double[] v = new double[offSrc.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = values[offSrc[k]];
    }
    return v;
  }

  int size() {
    return n;
  }

  int nonZeros() {
    return nnz;
  }

  int blocks() {
    return blockStart.length - 1;
  }

  int start(int b) {
    return blockStart[b];
  }

  int size(int b) {
    return blockStart[b + 1] - blockStart[b];
  }

  boolean singleton(int b) {
    return size(b) == 1;
  }

  int singletons() {
    return singletons;
  }

  int largestBlock() {
    int max = 0;
    for (int b = 0; b < blocks(); b++) {
      max = Math.max(max, size(b));
    }
    return max;
  }

  /** New index → original index. */
  int original(int i) {
    return perm[i];
  }

  int[] offPtr() {
    return offPtr;
  }

  int[] offRow() {
    return offRow;
  }
}
