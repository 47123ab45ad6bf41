package org.minecarbon.core.gas;

import java.util.Locale;
import java.util.Optional;

/** The IPCC assessment report whose 100-year GWP values convert gases to CO2e. */
public enum GwpSet {
  /** Second Assessment Report (1995); CH4 = 21, used by the 2014/2015 Chinese guidelines. */
  SAR,
  /** Fourth Assessment Report (2007). */
  AR4,
  /** Fifth Assessment Report (2013). */
  AR5,
  /** Sixth Assessment Report (2021); coal-mine CH4 is fossil methane (29.8). */
  AR6;

  public static Optional<GwpSet> fromCode(String code) {
    try {
      return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
