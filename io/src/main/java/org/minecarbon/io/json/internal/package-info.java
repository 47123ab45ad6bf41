/**
 * Field-by-field reading and writing of inventory rows, collecting every issue with its JSON
 * Pointer.
 */
@NullMarked
package org.minecarbon.io.json.internal;

import org.jspecify.annotations.NullMarked;
