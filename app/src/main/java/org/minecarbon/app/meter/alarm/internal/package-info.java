/** Store-backed alarms, calibration records and reconciliation. */
@NullMarked
package org.minecarbon.app.meter.alarm.internal;

import org.jspecify.annotations.NullMarked;
