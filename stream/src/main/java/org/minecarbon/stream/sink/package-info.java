/**
 * Exactly-once into the store: the RowSink port, its JDBC implementation and the Flink sink around
 * it.
 */
@NullMarked
package org.minecarbon.stream.sink;

import org.jspecify.annotations.NullMarked;
