/**
 * Meter readings (contract meters v1 §2): one timestamped value or flow and concentration pair with
 * a status.
 */
@NullMarked
package org.minecarbon.meter.reading;

import org.jspecify.annotations.NullMarked;
