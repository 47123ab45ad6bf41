package org.minecarbon.app.workflow;

import java.util.Locale;
import java.util.Optional;
import org.minecarbon.store.period.PeriodRecord;

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

  /** The status of a stored year (an unknown stored code reads as a draft, as before). */
  public static PeriodStatus of(PeriodRecord p) {
    return fromCode(p.status()).orElse(DRAFT);
  }
}
