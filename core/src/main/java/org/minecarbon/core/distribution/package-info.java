/** Probability distributions relative to a nominal value, as used for uncertainty data. */
@NullMarked
package org.minecarbon.core.distribution;

import org.jspecify.annotations.NullMarked;
