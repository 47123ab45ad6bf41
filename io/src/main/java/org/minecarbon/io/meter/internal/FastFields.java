package org.minecarbon.io.meter.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Allocation-free parses of the common shapes of reading fields, each answering "not handled" (null
 * or NaN) for anything unusual so that the caller falls back to the general parse: {@link #time}
 * handles {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} only, {@link #number} plain decimals
 * {@code -?d+(.d+)?} whose digits fit an exactly representable mantissa.
 */
public final class FastFields {
  private static final double[] POW10 = new double[23];
  private static final long MAX_EXACT = 1L << 53;
  private static final long DAYS_0000_TO_1970 = 719_528L;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private FastFields() {}

  /** The instant of {@code s[from, to)}, or null when the text is not in the common form. */
  public static @Nullable Instant time(String s, int from, int to) {
    int n = to - from;
    if (n < 20
        || s.charAt(from + 4) != '-'
        || s.charAt(from + 7) != '-'
        || s.charAt(from + 10) != 'T'
        || s.charAt(from + 13) != ':'
        || s.charAt(from + 16) != ':') {
      return null;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    int hour = digits(s, from + 11, 2);
    int minute = digits(s, from + 14, 2);
    int second = digits(s, from + 17, 2);
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      return null;
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = from + 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < to && i - start < 10 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i++) - '0');
      }
      int k = i - start;
      if (k < 1 || k > 9) {
        return null;
      }
      for (; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offset = offsetSeconds(s, i, to);
    if (offset == Integer.MIN_VALUE) {
      return null;
    }
    long days = epochDay(year, month, day);
    long secs = days * 86_400L + hour * 3_600L + minute * 60L + second - offset;
    return Instant.ofEpochSecond(secs, nanos);
  }

  /** {@code Z} → 0, {@code ±HH:MM} (HH ≤ 17, not −00:00) → seconds; MIN_VALUE otherwise. */
  private static int offsetSeconds(String s, int i, int to) {
    if (to - i == 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (to - i != 6 || s.charAt(i + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = s.charAt(i);
    int h = digits(s, i + 1, 2);
    int m = digits(s, i + 4, 2);
    if ((sign != '+' && sign != '-') || h < 0 || h > 17 || m < 0 || m > 59) {
      return Integer.MIN_VALUE;
    }
    int secs = h * 3_600 + m * 60;
    if (sign == '-' && secs == 0) {
      return Integer.MIN_VALUE;
    }
    return sign == '+' ? secs : -secs;
  }

  /**
   * The value of the plain decimal {@code s[from, to)}, correctly rounded (an exact mantissa below
   * 2^53 divided by an exact power of ten ≤ 10^22, one IEEE rounding, as {@link
   * Double#parseDouble}); NaN when the text is not a plain decimal of that size.
   */
  public static double number(String s, int from, int to) {
    int i = from;
    boolean negative = i < to && s.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long m = 0;
    int intDigits = 0;
    while (i < to && isDigit(s.charAt(i)) && intDigits < 19) {
      m = m * 10 + (s.charAt(i++) - '0');
      intDigits++;
    }
    int fracDigits = 0;
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(s.charAt(i)) && intDigits + fracDigits < 18) {
        m = m * 10 + (s.charAt(i++) - '0');
        fracDigits++;
      }
      if (fracDigits == 0) {
        return Double.NaN;
      }
    }
    if (i != to || intDigits == 0 || intDigits + fracDigits > 18 || m > MAX_EXACT) {
      return Double.NaN;
    }
    double d = fracDigits == 0 ? (double) m : m / POW10[fracDigits];
    return negative ? -d : d;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of {@code count} ASCII digits at {@code at}; negative when any is not a digit. */
  private static int digits(String s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> leap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean leap(int y) {
    return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /** Days since 1970-01-01 (proleptic Gregorian, as {@code LocalDate.toEpochDay}; year ≥ 0). */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12 + day - 1;
    if (month > 2) {
      total--;
      if (!leap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
