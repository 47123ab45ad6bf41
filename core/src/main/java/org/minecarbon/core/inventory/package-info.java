/**
 * The inventory document v1 as immutable records: enterprise, sites, emission rows, sink rows,
 * production.
 */
@NullMarked
package org.minecarbon.core.inventory;

import org.jspecify.annotations.NullMarked;
