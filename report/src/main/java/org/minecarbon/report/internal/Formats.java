package org.minecarbon.report.internal;

import java.util.Locale;

/**
 * Number formats of the reports, the same in both languages (grouping comma, decimal point), as in
 * the guideline's tables.
 */
public final class Formats {
  private Formats() {}

  /** {@code 1,234.57}: two decimals, the precision of seed 002 Table 1. */
  public static String num(double v) {
    return String.format(Locale.ROOT, "%,.2f", v == 0 ? 0.0 : v);
  }

  /** A value with up to six significant decimals (factors), no grouping. */
  public static String factor(double v) {
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** {@code 12.3%}. */
  public static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  /** {@code +12.3%} or {@code −4.0%} (a signed change). */
  public static String change(double v) {
    return (v >= 0 ? "+" : "−") + pct(Math.abs(v));
  }
}
