package org.minecarbon.core.factor;

import java.util.Optional;

/** How well a default value is sourced (labels of reference/factors.md). */
public enum Confidence {
  /** [C] read in a primary or authoritative secondary source. */
  C("confirmed"),
  /** [I] read in third-party software implementing the guideline; not checked against the PDF. */
  I("implementation"),
  /** [X] a derived value several independent sources agree on; arithmetic shown. */
  X("cross-check"),
  /** [U] unconfirmed: from memory or one weak source; check before production use. */
  U("unconfirmed"),
  /** A value supplied by the user (row override or user factor set). */
  USER("user");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The bracketed label used in reports, e.g. {@code [C]}. */
  public String tag() {
    return this == USER ? "[user]" : "[" + name() + "]";
  }

  public static Optional<Confidence> fromCode(String code) {
    String c = code.strip().replace("[", "").replace("]", "");
    for (Confidence v : values()) {
      if (v.name().equalsIgnoreCase(c) || v.label.equalsIgnoreCase(c)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
