package org.minecarbon.store;

import java.util.Locale;
import java.util.Optional;

/** The workflow status of a reporting year: draft → submitted → reviewed → verified (locked). */
public enum PeriodStatus {
  DRAFT,
  SUBMITTED,
  REVIEWED,
  VERIFIED;

  /** The stored and API code: lower case name. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PeriodStatus> fromCode(String code) {
    for (PeriodStatus s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
