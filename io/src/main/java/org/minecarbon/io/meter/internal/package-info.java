/** Field access helpers of the meter readers that record every problem instead of failing. */
@NullMarked
package org.minecarbon.io.meter.internal;

import org.jspecify.annotations.NullMarked;
