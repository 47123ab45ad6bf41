package org.minecarbon.app.meter.alarm;

/** Where an alarm is in its handling. */
public enum AlarmState {
  /** Nobody has acted on it. */
  OPEN,
  /** Someone has seen it and is on it. */
  ACKNOWLEDGED,
  /** Handled, with a comment saying how. */
  CLOSED
}
