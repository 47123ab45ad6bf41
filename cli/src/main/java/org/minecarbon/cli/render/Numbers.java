package org.minecarbon.cli.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for reports: fixed decimals rounded half-up (as published tables round), a
 * comma as thousands separator, a point as decimal separator, whatever the platform locale.
 */
public final class Numbers {
  /** Shown where a column has no contributing rows, as the paper's Table 1 does. */
  public static final String NONE = "—";

  private Numbers() {}

  /** Rounds half-up to {@code decimals} places, the decimal value of the double as printed. */
  public static BigDecimal round(double value, int decimals) {
    BigDecimal r = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    return r.signum() == 0 ? r.abs() : r;
  }

  /** {@code 603896.9 -> "603,896.90"} for 2 decimals. */
  public static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return pattern(decimals, decimals).format(round(value, decimals));
  }

  /** Table figures: 2 decimals. */
  public static String money(double value) {
    return fixed(value, 2);
  }

  /**
   * A quantity or factor as entered: up to 6 decimals, trailing zeros dropped, thousands grouped
   * ({@code 7.17}, {@code 1,200}, {@code 0.000123}).
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal r = round(value, 6).stripTrailingZeros();
    if (r.signum() == 0 && value != 0) {
      return BigDecimal.valueOf(value).round(new java.math.MathContext(6)).toString();
    }
    return pattern(0, 6).format(r);
  }

  private static DecimalFormat pattern(int minDecimals, int maxDecimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(minDecimals);
    f.setMaximumFractionDigits(maxDecimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }
}
