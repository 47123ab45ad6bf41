/** Test-only builders for core tests. */
@NullMarked
package org.minecarbon.core.testing;

import org.jspecify.annotations.NullMarked;
