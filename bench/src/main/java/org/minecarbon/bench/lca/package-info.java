/** Benchmarks of the LCA engine: a synthetic ecoinvent-sized system (issue 14). */
@NullMarked
package org.minecarbon.bench.lca;

import org.jspecify.annotations.NullMarked;
