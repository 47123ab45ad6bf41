/** Rows in the store and their site-scoped view. */
@NullMarked
package org.minecarbon.app.inventory.internal;

import org.jspecify.annotations.NullMarked;
