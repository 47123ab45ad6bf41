/** The Flink job: per-meter integration in keyed state, then rows per site, source and month. */
@NullMarked
package org.minecarbon.stream.job;

import org.jspecify.annotations.NullMarked;
