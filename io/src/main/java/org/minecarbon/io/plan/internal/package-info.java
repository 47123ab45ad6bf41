/** Field access with issue collection and the measure and effect readers of plan documents. */
@NullMarked
package org.minecarbon.io.plan.internal;

import org.jspecify.annotations.NullMarked;
