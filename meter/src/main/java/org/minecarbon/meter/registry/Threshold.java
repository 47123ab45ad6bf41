package org.minecarbon.meter.registry;

import org.jspecify.annotations.Nullable;

/** Limits of one channel ({@code value}, {@code flow} or {@code concentration}). */
public record Threshold(@Nullable Double min, @Nullable Double max) {
  /** Whether {@code x} lies outside the limits. */
  public boolean outside(double x) {
    return (min != null && x < min) || (max != null && x > max);
  }
}
