/**
 * Sparse CSC matrices and the linear solvers (dense and sparse LU, preconditioned iterative) behind
 * A s = f.
 */
@NullMarked
package org.minecarbon.lca.matrix;

import org.jspecify.annotations.NullMarked;
