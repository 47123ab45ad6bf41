/** Metering at scale: Kafka topic of readings, Flink job to monthly rows and alarms. */
@NullMarked
package org.minecarbon.stream;

import org.jspecify.annotations.NullMarked;
