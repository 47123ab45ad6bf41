package org.minecarbon.lca.footprint;

import java.util.Locale;
import java.util.Optional;

/** How co-products of one site and year share its burden. */
public enum AllocationMethod {
  /** By tonnes produced. */
  MASS,
  /** By economic value: tonnes × {@code price} of the production row. */
  ECONOMIC;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AllocationMethod> fromCode(String text) {
    for (AllocationMethod m : values()) {
      if (m.code().equalsIgnoreCase(text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
