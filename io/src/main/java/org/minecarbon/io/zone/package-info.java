/** Import of provinces' energy data (CSV) for the seed-004 zoning of {@code planning.zone}. */
@NullMarked
package org.minecarbon.io.zone;

import org.jspecify.annotations.NullMarked;
