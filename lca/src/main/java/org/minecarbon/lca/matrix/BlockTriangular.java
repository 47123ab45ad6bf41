package org.minecarbon.lca.matrix;

/**
 * Block upper triangular form of a square sparse matrix by a symmetric permutation: the diagonal
 * blocks are the strongly connected components of the graph with an edge j → i for every entry A[i,
 * j] (i ≠ j), found by Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph
 * algorithms", SIAM J. Comput. 1(2), 1972; iterative form as in Duff &amp; Reid, ACM TOMS 4(2),
 * 1978, and KLU's {@code btf_strongcomp}). Tarjan emits a component only after every component it
 * reaches, so numbering the blocks in emission order puts every entry at or above the block
 * diagonal. In a technosphere a process is a block of its own unless it sits on a supply loop.
 *
 * <p>No maximum transversal first (KLU's {@code btf_maxtrans}): technosphere matrices carry their
 * reference products on the diagonal, and a zero diagonal entry inside a block is handled by the
 * pivoting of the block's LU; the blocks are then possibly coarser than KLU's, never wrong.
 *
 * @param perm new index → original index (rows and columns alike)
 * @param blockStart block b holds the new indices {@code blockStart[b] .. blockStart[b+1]}
 */
record BlockTriangular(int[] perm, int[] blockStart) {

  int blocks() {
    return blockStart.length - 1;
  }

  int largestBlock() {
    int max = 0;
    for (int b = 0; b < blocks(); b++) {
      max = Math.max(max, blockStart[b + 1] - blockStart[b]);
    }
    return max;
  }

  /** Tarjan's strongly connected components, iterative; a solver kernel, hence one long method. */
  static BlockTriangular of(CscMatrix a) {
    int n = a.cols();
    int[] ap = a.colPtr();
    int[] ai = a.rowIdx();
    int[] index = new int[n];
    int[] low = new int[n];
    java.util.Arrays.fill(index, -1);
    boolean[] onStack = new boolean[n];
    int[] sccStack = new int[n];
    int[] callStack = new int[n];
    int[] next = new int[n];
    int[] perm = new int[n];
    int[] starts = new int[n + 1];
    int sp = 0;
    int counter = 0;
    int placed = 0;
    int blocks = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int head = 0;
      callStack[0] = root;
      next[root] = ap[root];
      index[root] = low[root] = counter++;
      sccStack[sp++] = root;
      onStack[root] = true;
      while (head >= 0) {
        int v = callStack[head];
        if (next[v] < ap[v + 1]) {
          int w = ai[next[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            sccStack[sp++] = w;
            onStack[w] = true;
            next[w] = ap[w];
            callStack[++head] = w;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        if (low[v] == index[v]) {
          // pop the component, then order it by original index (keeps near-triangular order)
          int from = placed;
          int w;
          do {
            w = sccStack[--sp];
            onStack[w] = false;
            perm[placed++] = w;
          } while (w != v);
          java.util.Arrays.sort(perm, from, placed);
          starts[++blocks] = placed;
        }
        head--;
        if (head >= 0) {
          int u = callStack[head];
          low[u] = Math.min(low[u], low[v]);
        }
      }
    }
    return new BlockTriangular(perm, java.util.Arrays.copyOf(starts, blocks + 1));
  }
}
