package org.minecarbon.lca.matrix;

import java.util.Optional;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

/**
 * Sparse LU in KLU's scheme (T. A. Davis, E. Palamadai Natarajan, "Algorithm 907: KLU, a direct
 * sparse solver for circuit simulation problems", ACM TOMS 37(3), 2010): a permutation to block
 * upper triangular form ({@link BlockTriangular}), a fill-reducing order inside every block larger
 * than one ({@link MinimumDegree}), a Gilbert–Peierls LU with threshold partial pivoting of each
 * block ({@link BlockLu}), and a block back-substitution that uses the off-diagonal blocks as they
 * are. A technosphere is nearly triangular: most blocks are single processes (a division), only
 * supply loops are factorised.
 *
 * <p>{@link #refactor} keeps the permutations, the patterns and the pivot order and recomputes the
 * numbers for a matrix of the same pattern (a Monte Carlo draw).
 */
public final class BtfLu implements LinearSolver {
  private final BtfPattern pattern;
  private final double[] diag;
  private final double[] offValues;
  private final BlockLu[] blockLu;

  private BtfLu(BtfPattern pattern, double[] diag, double[] offValues, BlockLu[] blockLu) {
    this.pattern = pattern;
    this.diag = diag;
    this.offValues = offValues;
    this.blockLu = blockLu;
  }

  /** Factorises a square matrix; a singular one is an error {@code SINGULAR_SYSTEM}. */
  public static Result<BtfLu> of(CscMatrix a) {
    if (a.rows() != a.cols()) {
      return Result.err(
          Issue.error("SINGULAR_SYSTEM", "matrix", "not square: " + a.rows() + "×" + a.cols()));
    }
    BtfPattern p = BtfPattern.of(a);
    double[] v = a.values();
    double[] diag = p.gatherDiagonal(v);
    BlockLu[] lus = new BlockLu[p.blocks()];
    for (int b = 0; b < p.blocks(); b++) {
      if (p.singleton(b)) {
        if (!(diag[p.start(b)] != 0) || !Double.isFinite(diag[p.start(b)])) {
          return singular(p.original(p.start(b)));
        }
        continue;
      }
      Optional<BlockLu> lu = p.factorBlock(b, v);
      if (lu.isEmpty()) {
        return singular(p.original(p.start(b)));
      }
      lus[b] = lu.get();
    }
    return Result.ok(new BtfLu(p, diag, p.gatherOffDiagonal(v), lus));
  }

  private static Result<BtfLu> singular(int column) {
    return Result.err(
        Issue.error(
            "SINGULAR_SYSTEM",
            "matrix",
            "technosphere matrix is singular (no usable pivot in the block of column "
                + column
                + ")"));
  }

  /**
   * The factorisation of {@code a}, which must have this matrix's pattern, with the same
   * permutations and pivot order; empty when a reused pivot is too small (then factorise afresh).
   */
  @Override
  public Optional<LinearSolver> refactor(CscMatrix a) {
    if (a.nonZeros() != pattern.nonZeros() || a.cols() != pattern.size()) {
      return Optional.empty();
    }
    double[] v = a.values();
    double[] d = pattern.gatherDiagonal(v);
    BlockLu[] lus = new BlockLu[blockLu.length];
    for (int b = 0; b < lus.length; b++) {
      if (pattern.singleton(b)) {
        double x = d[pattern.start(b)];
        if (!(x != 0) || !Double.isFinite(x)) {
          return Optional.empty();
        }
        continue;
      }
      Optional<BlockLu> lu = blockLu[b].refactor(pattern.gatherBlock(b, v));
      if (lu.isEmpty()) {
        return Optional.empty();
      }
      lus[b] = lu.get();
    }
    return Optional.of(new BtfLu(pattern, d, pattern.gatherOffDiagonal(v), lus));
  }

  @Override
  public double[] solve(double[] b) {
    int n = pattern.size();
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = b[pattern.original(i)];
    }
    int[] offPtr = pattern.offPtr();
    int[] offRow = pattern.offRow();
    for (int blk = pattern.blocks() - 1; blk >= 0; blk--) {
      int s = pattern.start(blk);
      int e = pattern.start(blk + 1);
      if (e - s == 1) {
        y[s] /= diag[s];
      } else {
        blockLu[blk].solveInPlace(y, s);
      }
      for (int j = s; j < e; j++) {
        double yj = y[j];
        if (yj == 0) {
          continue;
        }
        for (int p = offPtr[j]; p < offPtr[j + 1]; p++) {
          y[offRow[p]] -= offValues[p] * yj;
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[pattern.original(i)] = y[i];
    }
    return x;
  }

  /** Stored entries: the off-diagonal blocks, the singletons and L + U of the larger blocks. */
  public int nonZeros() {
    int nz = offValues.length + pattern.singletons();
    for (BlockLu lu : blockLu) {
      nz += lu == null ? 0 : lu.nonZeros();
    }
    return nz;
  }

  public int blocks() {
    return pattern.blocks();
  }

  public int largestBlock() {
    return pattern.largestBlock();
  }
}
