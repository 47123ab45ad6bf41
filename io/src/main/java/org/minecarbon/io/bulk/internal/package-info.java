/** The token-by-token JSON reader behind the bulk {@code StreamingBalance}; not API. */
@NullMarked
package org.minecarbon.io.bulk.internal;

import org.jspecify.annotations.NullMarked;
