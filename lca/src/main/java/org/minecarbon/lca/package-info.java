/**
 * LCA engine: openLCA JSON-LD import, formulas, linking, allocation, sparse matrices and solvers,
 * LCIA, and the mine product footprint (footprint contract v1).
 */
@NullMarked
package org.minecarbon.lca;

import org.jspecify.annotations.NullMarked;
