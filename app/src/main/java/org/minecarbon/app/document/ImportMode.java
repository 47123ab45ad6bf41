package org.minecarbon.app.document;

import java.util.Locale;
import java.util.Optional;

/** How the rows of an imported file meet the enterprise's stored rows. */
public enum ImportMode {
  /**
   * The default: the file's rows replace the stored rows with the same site, period and source
   * (sink type for sinks, product for production); every other stored row stays.
   */
  MERGE,
  /** The file's years replace those years' stored rows (all kinds); other years stay. */
  REPLACE;

  /** The query or form value ({@code merge}, {@code replace}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ImportMode> fromCode(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "merge" -> Optional.of(MERGE);
      case "replace" -> Optional.of(REPLACE);
      default -> Optional.empty();
    };
  }
}
