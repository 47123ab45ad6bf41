package org.minecarbon.meter.registry;

/** How a gap is filled: bridged by the trapezoid (default) or conservatively (contract §2). */
public enum Substitution {
  BRIDGE,
  CONSERVATIVE
}
