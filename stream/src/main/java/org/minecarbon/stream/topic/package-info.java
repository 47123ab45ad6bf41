/** The readings topic: readings as JSON lines keyed by meter id, and their deserializer. */
@NullMarked
package org.minecarbon.stream.topic;

import org.jspecify.annotations.NullMarked;
