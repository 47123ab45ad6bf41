/** Factor sets: the built-in library plus the tenant's own sets. */
@NullMarked
package org.minecarbon.app.factor;

import org.jspecify.annotations.NullMarked;
