/** The per-source calculators and their shared context; not API. */
@NullMarked
package org.minecarbon.core.calc.internal;

import org.jspecify.annotations.NullMarked;
