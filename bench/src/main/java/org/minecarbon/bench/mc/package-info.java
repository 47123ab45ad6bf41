/**
 * Workload 2, Monte Carlo: the generated 100,000-row inventory with per-row and shared-factor
 * uncertainty, its export for the numpy baseline and the side-by-side comparison.
 */
@NullMarked
package org.minecarbon.bench.mc;

import org.jspecify.annotations.NullMarked;
