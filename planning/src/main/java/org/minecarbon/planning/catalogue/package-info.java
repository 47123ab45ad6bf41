/** The measure catalogue: measure types with effect templates, cost ranges and sources, as data. */
@NullMarked
package org.minecarbon.planning.catalogue;

import org.jspecify.annotations.NullMarked;
