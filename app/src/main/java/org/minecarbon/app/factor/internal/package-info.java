/** User factor sets in the store's catalog. */
@NullMarked
package org.minecarbon.app.factor.internal;

import org.jspecify.annotations.NullMarked;
