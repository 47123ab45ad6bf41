/** Store-backed implementation of the footprint use cases. */
@NullMarked
package org.minecarbon.app.footprint.internal;

import org.jspecify.annotations.NullMarked;
