/** Calculators, one per emission source and sink, each producing a traceable calculation line. */
@NullMarked
package org.minecarbon.core.calc;

import org.jspecify.annotations.NullMarked;
