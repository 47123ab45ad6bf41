/** A deterministic simulator of a coal mine's meters, for demos and load tests. */
@NullMarked
package org.minecarbon.meter.simulate;

import org.jspecify.annotations.NullMarked;
