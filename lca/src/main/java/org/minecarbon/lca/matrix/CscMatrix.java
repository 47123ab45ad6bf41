package org.minecarbon.lca.matrix;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse column form: column {@code j} holds the entries {@code
 * values[colPtr[j]..colPtr[j+1])} at rows {@code rowIdx[...]}, rows sorted, duplicates summed.
 */
public final class CscMatrix {
  private final int rows;
  private final int cols;
  private final int[] colPtr;
  private final int[] rowIdx;
  private final double[] values;

  CscMatrix(int rows, int cols, int[] colPtr, int[] rowIdx, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.colPtr = colPtr;
    this.rowIdx = rowIdx;
    this.values = values;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int nonZeros() {
    return colPtr[cols];
  }

  int[] colPtr() {
    return colPtr;
  }

  int[] rowIdx() {
    return rowIdx;
  }

  /** The stored values in CSC order; callers may overwrite them (Monte Carlo draws). */
  public double[] values() {
    return values;
  }

  /** A copy sharing the pattern but with its own values. */
  public CscMatrix withValues(double[] newValues) {
    if (newValues.length != values.length) {
      throw new IllegalArgumentException("pattern has " + values.length + " values");
    }
    return new CscMatrix(rows, cols, colPtr, rowIdx, newValues);
  }

  public double get(int row, int col) {
    int from = colPtr[col];
    int to = colPtr[col + 1];
    int k = Arrays.binarySearch(rowIdx, from, to, row);
    return k >= 0 ? values[k] : 0;
  }

  /** y = this · x. */
  public double[] multiply(double[] x) {
    double[] y = new double[rows];
    for (int j = 0; j < cols; j++) {
      double xj = x[j];
      if (xj == 0) {
        continue;
      }
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        y[rowIdx[k]] += values[k] * xj;
      }
    }
    return y;
  }

  /** The transpose, as a new CSC matrix (rows sorted within each column). */
  public CscMatrix transpose() {
    int[] count = new int[rows + 1];
    for (int k = 0; k < colPtr[cols]; k++) {
      count[rowIdx[k] + 1]++;
    }
    for (int i = 0; i < rows; i++) {
      count[i + 1] += count[i];
    }
    int[] next = count.clone();
    int[] ti = new int[colPtr[cols]];
    double[] tv = new double[colPtr[cols]];
    for (int j = 0; j < cols; j++) {
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        int pos = next[rowIdx[k]]++;
        ti[pos] = j;
        tv[pos] = values[k];
      }
    }
    return new CscMatrix(cols, rows, count, ti, tv);
  }

  /** yᵀ = xᵀ · this: for every column j, Σ_i x_i · this[i, j]. */
  public double[] multiplyTransposed(double[] x) {
    double[] y = new double[cols];
    for (int j = 0; j < cols; j++) {
      double sum = 0;
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        sum += x[rowIdx[k]] * values[k];
      }
      y[j] = sum;
    }
    return y;
  }

  /** Column-major dense copy. */
  public double[] toDense() {
    double[] d = new double[rows * cols];
    for (int j = 0; j < cols; j++) {
      for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
        d[j * rows + rowIdx[k]] += values[k];
      }
    }
    return d;
  }

  /** Entries for column {@code j}: calls {@code visitor} with (row, value). */
  public void forEachInColumn(int j, EntryVisitor visitor) {
    for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
      visitor.visit(rowIdx[k], values[k]);
    }
  }

  /** Receives one stored entry. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(int row, double value);
  }
}
