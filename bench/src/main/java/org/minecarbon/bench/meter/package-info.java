/** Benchmark of the pure meter aggregation (issue 15): rate pairs with month splitting. */
@NullMarked
package org.minecarbon.bench.meter;

import org.jspecify.annotations.NullMarked;
