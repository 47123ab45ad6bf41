package org.minecarbon.core.unit;

import java.util.Objects;
import org.minecarbon.core.result.Require;

/**
 * A unit of measure: multiply a value in this unit by {@code toBase} to get the dimension's base
 * unit. Units are data ({@code units.csv}), not types.
 */
public record Unit(String symbol, Dimension dimension, double toBase) {
  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(dimension, "dimension");
    Require.that(
        toBase > 0 && Double.isFinite(toBase), () -> "toBase must be positive for " + symbol);
  }

  /** Factor to multiply a value in this unit by to express it in {@code target}. */
  public double factorTo(Unit target) {
    Require.that(
        target.dimension == dimension,
        () -> "cannot convert " + symbol + " (" + dimension + ") to " + target.symbol);
    return toBase / target.toBase;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
