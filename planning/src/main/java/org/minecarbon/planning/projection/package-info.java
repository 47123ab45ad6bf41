/**
 * Baseline projection of a plan through the balance engine and the per-year effect of every
 * measure, as linear coefficients.
 */
@NullMarked
package org.minecarbon.planning.projection;

import org.jspecify.annotations.NullMarked;
