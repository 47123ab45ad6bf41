package org.minecarbon.core.inventory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minecarbon.core.result.Require;

/**
 * A reporting period: a whole year ({@code "2024"}, month 0) or one month ({@code "2024-03"}).
 * Monthly rows roll up into their year.
 */
public record Period(int year, int month) implements Comparable<Period> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  public Period {
    Require.that(year >= 1900 && year <= 2200, () -> "year out of range: " + year);
    Require.that(month >= 0 && month <= 12, () -> "month out of range: " + month);
  }

  public static Period ofYear(int year) {
    return new Period(year, 0);
  }

  /** Parses {@code YYYY} or {@code YYYY-MM}; empty when malformed or out of range. */
  public static Optional<Period> parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (year < 1900 || year > 2200 || month > 12 || (m.group(2) != null && month == 0)) {
      return Optional.empty();
    }
    return Optional.of(new Period(year, month));
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
    return month == 0 ? Integer.toString(year) : String.format("%04d-%02d", year, month);
  }
}
