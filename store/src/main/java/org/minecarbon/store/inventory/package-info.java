/**
 * Groups, enterprises, sites and inventory rows, and the enterprise document assembled from them.
 */
@NullMarked
package org.minecarbon.store.inventory;

import org.jspecify.annotations.NullMarked;
