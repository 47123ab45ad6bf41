package org.minecarbon.meter.registry;

import org.minecarbon.core.result.Require;

/**
 * Measuring conditions of a gas flow: temperature in °C and absolute pressure in kPa.
 *
 * @param temperature °C, above −273.15
 * @param pressure absolute kPa, positive
 */
public record Conditions(double temperature, double pressure) {
  /** Normal conditions (0 °C, 101.325 kPa): the reference of every Nm3. */
  public static final double NORMAL_PRESSURE = 101.325;

  public static final double ZERO_CELSIUS = 273.15;

  public Conditions {
    Require.that(temperature > -ZERO_CELSIUS, () -> "temperature below absolute zero");
    Require.that(pressure > 0 && Double.isFinite(pressure), () -> "pressure must be positive");
  }

  /** V0 / V = p / 101.325 × 273.15 / (273.15 + T): the factor to normal conditions. */
  public double toNormal() {
    return pressure / NORMAL_PRESSURE * ZERO_CELSIUS / (ZERO_CELSIUS + temperature);
  }
}
