/**
 * Sampling kernels, flattened model, Monte Carlo engine and defaults behind the uncertainty API.
 */
@NullMarked
package org.minecarbon.core.uncertainty.internal;

import org.jspecify.annotations.NullMarked;
