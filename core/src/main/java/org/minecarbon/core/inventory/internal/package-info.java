/** Validation rules of the inventory document; not API. */
@NullMarked
package org.minecarbon.core.inventory.internal;

import org.jspecify.annotations.NullMarked;
