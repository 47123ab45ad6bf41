/**
 * The planning benchmark: a generated 60-measure, 36-year plan solved by our planner and by the cbc
 * binary on the exported MPS.
 */
@NullMarked
package org.minecarbon.bench.plan;

import org.jspecify.annotations.NullMarked;
