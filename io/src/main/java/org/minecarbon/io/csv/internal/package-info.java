/** The RFC 4180 CSV parser with line tracking. */
@NullMarked
package org.minecarbon.io.csv.internal;

import org.jspecify.annotations.NullMarked;
