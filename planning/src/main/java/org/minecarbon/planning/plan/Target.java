package org.minecarbon.planning.plan;

import org.jspecify.annotations.Nullable;

/** A target of the plan (contract §1.4); {@code pointer} is where it stands in the document. */
public sealed interface Target {
  int year();

  String pointer();

  /** The contract's kind code. */
  default String kind() {
    return switch (this) {
      case Peak p -> "peak";
      case Cap c -> "cap";
      case Intensity i -> "intensity";
      case Neutral n -> "neutral";
    };
  }

  /** E(t) ≤ E(year) for every plan year t &gt; year. */
  record Peak(int year, String pointer) implements Target {}

  /** E(year) ≤ max. */
  record Cap(int year, double max, String pointer) implements Target {}

  /**
   * E(t)/production(t) ≤ (1 − reduction) × E(b)/production(b) for t ≥ year.
   *
   * @param baseYear b, a year of the inventory; null = the plan's base year
   */
  record Intensity(
      int year, String product, double reduction, @Nullable Integer baseYear, String pointer)
      implements Target {}

  /** B(t) = max(0, E(t) − R(t)) for t ≥ year, B(t) ≤ maxShare × E(t). */
  record Neutral(int year, String pointer) implements Target {}
}
