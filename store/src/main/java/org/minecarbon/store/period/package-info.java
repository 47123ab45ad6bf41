/** Reporting periods (years) with their workflow status and verified versions. */
@NullMarked
package org.minecarbon.store.period;

import org.jspecify.annotations.NullMarked;
