/** The deployable job: {@code MeterJobMain} for {@code flink run} and its arguments. */
@NullMarked
package org.minecarbon.stream.deploy;

import org.jspecify.annotations.NullMarked;
