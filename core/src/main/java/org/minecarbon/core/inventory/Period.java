package org.minecarbon.core.inventory;

import java.util.Optional;
import org.minecarbon.core.result.Require;

/**
 * A reporting period: a whole year ({@code "2024"}, month 0) or one month ({@code "2024-03"}).
 * Monthly rows roll up into their year.
 */
public record Period(int year, int month) implements Comparable<Period> {
  public Period {
    Require.that(year >= 1900 && year <= 2200, () -> "year out of range: " + year);
    Require.that(month >= 0 && month <= 12, () -> "month out of range: " + month);
  }

  public static Period ofYear(int year) {
    return new Period(year, 0);
  }

  /** Parses {@code YYYY} or {@code YYYY-MM}; empty when malformed or out of range. */
  public static Optional<Period> parse(String text) {
    // by hand, what the pattern \d{4}(-\d{2})? matched (ASCII digits): called once per row read
    String s = text.strip();
    int n = s.length();
    if (n != 4 && (n != 7 || s.charAt(4) != '-')) {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = n == 7 ? digits(s, 5, 7) : 0;
    if (year < 0 || month < 0) {
      return Optional.empty();
    }
    if (year < 1900 || year > 2200 || month > 12 || (n == 7 && month == 0)) {
      return Optional.empty();
    }
    return Optional.of(new Period(year, month));
  }

  /** The number written by the ASCII digits {@code s[from, to)}; -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  public boolean isMonthly() {
    return month != 0;
  }

  @Override
  public int compareTo(Period o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }

  @Override
  public String toString() {
    // the year has four digits (1900–2200); the month two
    return month == 0 ? Integer.toString(year) : year + (month < 10 ? "-0" : "-") + month;
  }
}
