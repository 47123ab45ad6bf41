package org.minecarbon.core.result;

/** How serious an {@link Issue} is: an error rejects the whole document, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
