/** Field reading with every problem collected under its JSON Pointer, for the footprint files. */
@NullMarked
package org.minecarbon.io.footprint.internal;

import org.jspecify.annotations.NullMarked;
