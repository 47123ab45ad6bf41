package org.minecarbon.lca.matrix;

import java.util.BitSet;

/**
 * Fill-reducing order of one diagonal block: minimum degree on the graph of A + Aᵀ (Tinney–Walker
 * scheme 2; D. J. Rose, "A graph-theoretic study of the numerical solution of sparse positive
 * definite systems of linear equations", 1972; the symmetric pattern as in AMD, P. R. Amestoy, T.
 * A. Davis, I. S. Duff, SIAM J. Matrix Anal. Appl. 17(4), 1996, which KLU applies to each block).
 * The elimination graph is kept explicitly (one bit set per vertex) and degrees are exact, which
 * suits the blocks of a technosphere (supply loops of tens to a few thousand processes); ties go to
 * the smallest index, so a nearly triangular block keeps its order. AMD's quotient graph and
 * approximate degrees are not needed at these sizes; above {@link #MAX_EXPLICIT} vertices the
 * natural order is kept. The order is used only when its symbolic fill (Σ degree at elimination,
 * the Cholesky fill of A + Aᵀ) is below the natural order's: an LCA block is often nearly
 * triangular already.
 */
final class MinimumDegree {
  /** Largest block ordered with the explicit elimination graph (m² bits of memory). */
  static final int MAX_EXPLICIT = 8000;

  private MinimumDegree() {}

  /** Local column order: position k → local index; natural when that fills less. */
  static int[] order(int m, int[] colPtr, int[] rowIdx) {
    int[] natural = new int[m];
    for (int i = 0; i < m; i++) {
      natural[i] = i;
    }
    if (m <= 2 || m > MAX_EXPLICIT) {
      return natural;
    }
    int[] md = minimumDegree(graph(m, colPtr, rowIdx));
    return fill(graph(m, colPtr, rowIdx), md) < fill(graph(m, colPtr, rowIdx), natural)
        ? md
        : natural;
  }

  /** The adjacency of A + Aᵀ without the diagonal. */
  private static BitSet[] graph(int m, int[] colPtr, int[] rowIdx) {
    BitSet[] adj = new BitSet[m];
    for (int i = 0; i < m; i++) {
      adj[i] = new BitSet(m);
    }
    for (int j = 0; j < m; j++) {
      for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
        int i = rowIdx[p];
        if (i != j) {
          adj[i].set(j);
          adj[j].set(i);
        }
      }
    }
    return adj;
  }

  private static int[] minimumDegree(BitSet[] adj) {
    int m = adj.length;
    int[] degree = new int[m];
    for (int i = 0; i < m; i++) {
      degree[i] = adj[i].cardinality();
    }
    boolean[] done = new boolean[m];
    int[] order = new int[m];
    for (int k = 0; k < m; k++) {
      int v = -1;
      for (int i = 0; i < m; i++) {
        if (!done[i] && (v < 0 || degree[i] < degree[v])) {
          v = i;
        }
      }
      order[k] = v;
      done[v] = true;
      eliminate(adj, v, degree);
    }
    return order;
  }

  /** Σ over the order of the eliminated vertex's degree: the fill of its symbolic factor. */
  private static long fill(BitSet[] adj, int[] order) {
    int[] degree = new int[adj.length];
    long total = 0;
    for (int v : order) {
      total += adj[v].cardinality();
      eliminate(adj, v, degree);
    }
    return total;
  }

  /** Removes v and makes its neighbours a clique; updates their degrees. */
  private static void eliminate(BitSet[] adj, int v, int[] degree) {
    BitSet nv = adj[v];
    for (int u = nv.nextSetBit(0); u >= 0; u = nv.nextSetBit(u + 1)) {
      BitSet nu = adj[u];
      nu.or(nv);
      nu.clear(u);
      nu.clear(v);
      degree[u] = nu.cardinality();
    }
    adj[v] = new BitSet(0);
  }
}
