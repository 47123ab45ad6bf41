/**
 * Meter semantics as pure functions: counters, rates, trapezoid integration, month splitting, gaps,
 * completeness, alarms and monthly activity rows (meters contract v1).
 */
@NullMarked
package org.minecarbon.meter;

import org.jspecify.annotations.NullMarked;
