/**
 * Meter alarms with acknowledge and close, calibration records with expiry, and the reconciliation
 * of metered against entered rows.
 */
@NullMarked
package org.minecarbon.app.meter.alarm;

import org.jspecify.annotations.NullMarked;
