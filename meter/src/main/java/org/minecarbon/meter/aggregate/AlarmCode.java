package org.minecarbon.meter.aggregate;

/** Alarm codes of contract §3. */
public enum AlarmCode {
  METER_RESET,
  DATA_GAP,
  CONFLICT,
  STUCK,
  THRESHOLD,
  CALIBRATION_EXPIRED,
  RECONCILIATION
}
