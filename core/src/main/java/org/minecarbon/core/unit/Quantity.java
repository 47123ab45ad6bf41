package org.minecarbon.core.unit;

import java.util.Objects;

/** A value with its unit, as entered; conversion happens in the calculators. */
public record Quantity(double value, Unit unit) {
  public Quantity {
    Objects.requireNonNull(unit, "unit");
  }

  public double in(Unit target) {
    return value * unit.factorTo(target);
  }

  public double inBase() {
    return value * unit.toBase();
  }

  public Quantity to(Unit target) {
    return new Quantity(in(target), target);
  }

  @Override
  public String toString() {
    return value + " " + unit.symbol();
  }
}
