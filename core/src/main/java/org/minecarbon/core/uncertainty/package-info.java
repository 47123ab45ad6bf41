/**
 * Uncertainty analysis after IPCC 2006 Vol. 1 Ch. 3: Monte Carlo (Approach 2) and error propagation
 * (Approach 1).
 */
@NullMarked
package org.minecarbon.core.uncertainty;

import org.jspecify.annotations.NullMarked;
