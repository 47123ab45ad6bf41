/** Meter registries, readings keyed by (enterprise, meter, instant) and reading conflicts. */
@NullMarked
package org.minecarbon.store.meter;

import org.jspecify.annotations.NullMarked;
