package org.minecarbon.report.internal;

import java.util.Locale;
import org.minecarbon.core.calc.Column;

/**
 * The report language: Chinese unless the locale's language is English. Numbers are formatted the
 * same in both (grouping comma, decimal point), as in the guideline's tables.
 */
public record Lang(boolean zh) {
  public static Lang of(Locale locale) {
    return new Lang(!"en".equals(locale.getLanguage()));
  }

  public String t(String chinese, String english) {
    return zh ? chinese : english;
  }

  public String column(Column c) {
    return zh ? c.zh() : c.en();
  }

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
