package org.minecarbon.report;

import java.time.Instant;
import java.time.ZoneId;
import org.minecarbon.core.result.Require;

/**
 * What a PDF report says about the status of its data: a verified version is stamped with its
 * status, version, verifier, time and the SHA-256 of its snapshot; anything else is a draft and
 * carries a 草稿 / DRAFT watermark on every page.
 */
public sealed interface ReportStamp {

  /** Unverified data (the live inventory, or a file): watermarked. */
  static ReportStamp draft() {
    return new Draft("", 0);
  }

  /**
   * Data not (or not yet) verified.
   *
   * @param status workflow status code ({@code draft}, {@code submitted}, {@code reviewed}), or ""
   *     when the data has no workflow (a file)
   * @param version the year's version, 0 when unknown
   */
  record Draft(String status, int version) implements ReportStamp {
    public Draft {
      Require.that(version >= 0, () -> "version must be ≥ 0: " + version);
    }
  }

  /**
   * A verified version, read from its snapshot.
   *
   * @param year the verified reporting year
   * @param version version number (1, then + 1 per reopening)
   * @param verifier who verified it (display name or user name)
   * @param at when it was verified
   * @param sha256 SHA-256 (hex) of the stored snapshot
   * @param zone the zone the time is shown in (Asia/Shanghai unless the enterprise has another)
   */
  record Verified(int year, int version, String verifier, Instant at, String sha256, ZoneId zone)
      implements ReportStamp {
    public Verified {
      Require.that(version >= 1, () -> "version must be ≥ 1: " + version);
      Require.that(!sha256.isBlank(), () -> "a verified version needs its snapshot SHA-256");
    }
  }
}
