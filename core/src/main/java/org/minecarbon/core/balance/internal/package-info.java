/** Aggregation of calculation lines into balance years; not API. */
@NullMarked
package org.minecarbon.core.balance.internal;

import org.jspecify.annotations.NullMarked;
