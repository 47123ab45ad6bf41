/**
 * Bulk (national-batch) inventory documents too large to hold: a JSON document balanced row by row
 * as it is read.
 */
@NullMarked
package org.minecarbon.io.bulk;

import org.jspecify.annotations.NullMarked;
