/** Users and tokens in the store, with the separation-of-duties checks. */
@NullMarked
package org.minecarbon.app.user.internal;

import org.jspecify.annotations.NullMarked;
