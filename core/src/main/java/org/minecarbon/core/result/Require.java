package org.minecarbon.core.result;

import java.util.function.Supplier;

/** Guards against programming errors; domain problems are {@link Issue}s, not exceptions. */
public final class Require {
  private Require() {}

  public static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** As {@link #that(boolean, String)}, building the message only on failure (for hot paths). */
  public static void that(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new IllegalArgumentException(message.get());
    }
  }

  public static double finiteNonNegative(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be finite and non-negative, got " + value);
    }
    return value;
  }

  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
