package org.minecarbon.core.unit;

import java.util.Locale;
import java.util.Optional;

/** What a unit measures. Each dimension has one base unit to which every other unit converts. */
public enum Dimension {
  /** Base: tonne (t). */
  MASS("t"),
  /** Gas volume at standard conditions. Base: 10^4 Nm3, the unit of the Chinese guidelines. */
  GAS_VOLUME("10^4Nm3"),
  /** Energy. Base: GJ. */
  ENERGY("GJ"),
  /** Mass of CO2 or CO2-equivalent. Base: tCO2e. */
  CO2E("tCO2e"),
  /** Land area. Base: hectare. */
  AREA("ha");

  private final String base;

  Dimension(String base) {
    this.base = base;
  }

  public String baseSymbol() {
    return base;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Dimension> fromCode(String code) {
    for (Dimension d : values()) {
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
