package org.minecarbon.core.unit;

import java.util.Locale;
import java.util.Optional;

/** What a unit measures. Each dimension has one base unit to which every other unit converts. */
public enum Dimension {
  /** Base: tonne (t). */
  MASS("t", 1e10),
  /** Gas volume at standard conditions. Base: 10^4 Nm3, the unit of the Chinese guidelines. */
  GAS_VOLUME("10^4Nm3", 1e8),
  /** Energy. Base: GJ. */
  ENERGY("GJ", 1e11),
  /** Mass of CO2 or CO2-equivalent. Base: tCO2e. */
  CO2E("tCO2e", 1e10),
  /** Land area. Base: hectare. */
  AREA("ha", 1e8);

  private final String base;
  private final double plausibleMax;

  Dimension(String base, double plausibleMax) {
    this.base = base;
    this.plausibleMax = plausibleMax;
  }

  /**
   * The largest quantity one inventory row may carry, in the base unit: about the world's (or
   * China's) annual total, so a value above it is a unit or typing error, never a mine's month.
   * Mass 10^10 t (world coal output 2023: 8.7 × 10^9 t, IEA Coal 2023); gas 10^8 × 10^4 Nm3 = 10^12
   * Nm3 (a quarter of world natural-gas output, 4.1 × 10^12 m3, IEA 2023); energy 10^11 GJ (China's
   * primary energy 2023: 5.7 × 10^9 tce = 1.7 × 10^11 GJ, NBS); CO2e 10^10 t (China's emissions ≈
   * 1.26 × 10^10 t, IEA 2023); area 10^8 ha (a tenth of China's land area, 9.6 × 10^8 ha). Checked
   * by the inventory validation ({@code QUANTITY_IMPLAUSIBLE}, issue 11).
   */
  public double plausibleMax() {
    return plausibleMax;
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
