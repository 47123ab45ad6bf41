/** Per-tenant catalog data: intensity benchmarks and factor sets. */
@NullMarked
package org.minecarbon.store.catalog;

import org.jspecify.annotations.NullMarked;
