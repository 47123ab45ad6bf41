/** Explains any figure of a balance down to its rows, formulas and factors. */
@NullMarked
package org.minecarbon.core.explain;

import org.jspecify.annotations.NullMarked;
