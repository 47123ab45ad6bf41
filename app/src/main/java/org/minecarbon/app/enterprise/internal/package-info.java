/** Enterprises and sites in the store, and their scoped view. */
@NullMarked
package org.minecarbon.app.enterprise.internal;

import org.jspecify.annotations.NullMarked;
