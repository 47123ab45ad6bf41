/**
 * Pure aggregation of readings into monthly quantities: counters, rates, trapezoid, month split,
 * gaps, substitution, completeness and alarms.
 */
@NullMarked
package org.minecarbon.meter.aggregate;

import org.jspecify.annotations.NullMarked;
