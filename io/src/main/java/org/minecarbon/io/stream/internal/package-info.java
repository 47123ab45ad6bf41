/** The streaming JSON reader behind {@code StreamingBalance}; not API. */
@NullMarked
package org.minecarbon.io.stream.internal;

import org.jspecify.annotations.NullMarked;
