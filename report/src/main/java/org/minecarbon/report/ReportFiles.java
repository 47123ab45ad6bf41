package org.minecarbon.report;

import org.minecarbon.core.text.Lang;

/**
 * Download file names of the reports, from the enterprise name, the year(s) and the version: {@code
 * 某煤矿-2024-v2-核证.pdf}, {@code 某煤矿-2023-2024-草稿.xlsx}; {@code Mine-2024-v2-verified.pdf} in English.
 * Characters file systems forbid ({@code / \ : * ? " < > |}, controls) become {@code _}.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * @param years {@code 2024} or {@code 2023-2024}
   * @param version the verified version, or 0 for a draft (no version in the name)
   * @param extension {@code pdf} or {@code xlsx}
   */
  public static String name(
      String enterprise, String years, int version, String extension, Lang lang) {
    StringBuilder sb = new StringBuilder(safe(enterprise)).append('-').append(years);
    if (version > 0) {
      sb.append("-v").append(version).append('-').append(lang.pick("核证", "verified"));
    } else {
      sb.append('-').append(lang.pick("草稿", "draft"));
    }
    return sb.append('.').append(extension).toString();
  }

  static String safe(String text) {
    StringBuilder sb = new StringBuilder();
    text.strip()
        .codePoints()
        .forEach(
            cp -> {
              boolean bad = cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0;
              sb.appendCodePoint(bad ? '_' : cp);
            });
    String s = sb.toString();
    return s.isBlank() ? "report" : s;
  }
}
