package org.minecarbon.lca.matrix;

import java.util.Arrays;

/** Collects (row, col, value) triplets, summing duplicates, into a {@link CscMatrix}. */
public final class CscBuilder {
  private int[] r = new int[64];
  private int[] c = new int[64];
  private double[] v = new double[64];
  private int n;

  public void add(int row, int col, double value) {
    if (n == r.length) {
      r = Arrays.copyOf(r, n * 2);
      c = Arrays.copyOf(c, n * 2);
      v = Arrays.copyOf(v, n * 2);
    }
    r[n] = row;
    c[n] = col;
    v[n] = value;
    n++;
  }

  public CscMatrix build(int rows, int cols) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, (a, b) -> c[a] != c[b] ? Integer.compare(c[a], c[b]) : Integer.compare(r[a], r[b]));
    int[] colPtr = new int[cols + 1];
    int[] rowIdx = new int[n];
    double[] values = new double[n];
    int m = 0;
    int prevRow = -1;
    int prevCol = -1;
    for (int i = 0; i < n; i++) {
      int k = order[i];
      if (r[k] == prevRow && c[k] == prevCol) {
        values[m - 1] += v[k];
        continue;
      }
      rowIdx[m] = r[k];
      values[m] = v[k];
      colPtr[c[k] + 1]++;
      prevRow = r[k];
      prevCol = c[k];
      m++;
    }
    for (int j = 0; j < cols; j++) {
      colPtr[j + 1] += colPtr[j];
    }
    return new CscMatrix(rows, cols, colPtr, Arrays.copyOf(rowIdx, m), Arrays.copyOf(values, m));
  }
}
