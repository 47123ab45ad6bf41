package org.minecarbon.lca.footprint;

import java.util.Locale;
import java.util.Optional;

/** What a purchased input is: a fuel row, an electricity row or a purchased material row. */
public enum InputKind {
  FUEL,
  ELECTRICITY,
  MATERIAL;

  /** The code in {@code LINKS.json} ({@code fuel}, {@code electricity}, {@code material}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<InputKind> fromCode(String text) {
    for (InputKind k : values()) {
      if (k.code().equals(text.strip())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
