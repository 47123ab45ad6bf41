/**
 * LCI and LCIA results: the inventory, impacts and contributions of one calculated product system.
 */
@NullMarked
package org.minecarbon.lca.result;

import org.jspecify.annotations.NullMarked;
