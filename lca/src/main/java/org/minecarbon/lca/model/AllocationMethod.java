package org.minecarbon.lca.model;

import java.util.Locale;
import java.util.Optional;

/** openLCA's allocation methods; {@code USE_DEFAULT} means "what each process declares". */
public enum AllocationMethod {
  NONE,
  PHYSICAL,
  ECONOMIC,
  CAUSAL,
  USE_DEFAULT;

  /** The CLI spelling ({@code default|none|physical|economic|causal}). */
  public static Optional<AllocationMethod> fromCli(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "default" -> Optional.of(USE_DEFAULT);
      case "none" -> Optional.of(NONE);
      case "physical" -> Optional.of(PHYSICAL);
      case "economic" -> Optional.of(ECONOMIC);
      case "causal" -> Optional.of(CAUSAL);
      default -> Optional.empty();
    };
  }

  /** The JSON-LD spelling ({@code PHYSICAL_ALLOCATION}, {@code NO_ALLOCATION}, ...). */
  public static Optional<AllocationMethod> fromJson(String text) {
    return switch (text) {
      case "PHYSICAL_ALLOCATION" -> Optional.of(PHYSICAL);
      case "ECONOMIC_ALLOCATION" -> Optional.of(ECONOMIC);
      case "CAUSAL_ALLOCATION" -> Optional.of(CAUSAL);
      case "NO_ALLOCATION" -> Optional.of(NONE);
      case "USE_DEFAULT_ALLOCATION" -> Optional.of(USE_DEFAULT);
      default -> Optional.empty();
    };
  }
}
