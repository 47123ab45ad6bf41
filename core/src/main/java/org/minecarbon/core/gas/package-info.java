/** Greenhouse gases and GWP-100 sets (SAR, AR4, AR5, AR6), loaded from a cited data file. */
@NullMarked
package org.minecarbon.core.gas;

import org.jspecify.annotations.NullMarked;
