/** Inventory documents too large to hold: a JSON document balanced row by row as it is read. */
@NullMarked
package org.minecarbon.io.stream;

import org.jspecify.annotations.NullMarked;
