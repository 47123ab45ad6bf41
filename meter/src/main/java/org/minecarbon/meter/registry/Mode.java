package org.minecarbon.meter.registry;

/** How a meter's values are read: a cumulative register, or instantaneous rates. */
public enum Mode {
  COUNTER,
  RATE
}
