/** Workload 3, interactive: one mine, one year, in a warm JVM (JMH). */
@NullMarked
package org.minecarbon.bench.interactive;

import org.jspecify.annotations.NullMarked;
