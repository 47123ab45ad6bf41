/** Loading factor and unit data files; not API. */
@NullMarked
package org.minecarbon.core.factor.internal;

import org.jspecify.annotations.NullMarked;
