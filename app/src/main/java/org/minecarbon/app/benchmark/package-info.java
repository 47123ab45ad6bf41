/** Intensity benchmarks of the tenant, used to compare a mine's intensity. */
@NullMarked
package org.minecarbon.app.benchmark;

import org.jspecify.annotations.NullMarked;
