/** Implementations of the web use cases over the store, core and io. */
@NullMarked
package org.minecarbon.server.app.internal;

import org.jspecify.annotations.NullMarked;
