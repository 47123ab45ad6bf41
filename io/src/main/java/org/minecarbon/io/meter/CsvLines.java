package org.minecarbon.io.meter;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.meter.internal.Times;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;

/**
 * CSV readings. A header line ({@code meter,time,…}) fixes the layout; without one, 3 fields are a
 * value, 4 a value and status when the last is a status word else a pair, 5 a pair and status.
 */
final class CsvLines implements ReadingsReader.LineParser {
  private @Nullable Boolean pairs;
  private boolean first = true;

  @Override
  public @Nullable Reading parse(String line, String where, List<Issue> issues) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = unquote(f[i].strip());
    }
    boolean header = first && f[0].equalsIgnoreCase("meter");
    first = false;
    if (header) {
      pairs = line.toLowerCase(Locale.ROOT).contains("flow");
      return null;
    }
    boolean pair = pairs != null ? pairs : f.length == 5 || (f.length == 4 && status(f[3]) == null);
    int need = pair ? 4 : 3;
    if (f.length != need && f.length != need + 1) {
      issues.add(
          Issue.error(
                  "WRONG_COLUMNS",
                  "line",
                  "expected " + need + " or " + (need + 1) + " fields, found " + f.length)
              .at(where));
      return null;
    }
    String meter = f[0];
    if (meter.isEmpty()) {
      issues.add(Issue.error("REQUIRED", "meter", "missing meter id").at(where));
    }
    Instant t = Times.parse(f[1]);
    if (t == null) {
      issues.add(
          Issue.error("INVALID_TIME", "time", "time must be RFC 3339 with an offset, got " + f[1])
              .at(where));
    }
    double a = number(f[2], pair ? "flow" : "value", where, issues);
    double b = pair ? number(f[3], "concentration", where, issues) : Double.NaN;
    Status s = Status.OK;
    if (f.length == need + 1 && !f[need].isEmpty()) {
      s = status(f[need]);
      if (s == null) {
        issues.add(
            Issue.error("UNKNOWN_STATUS", "status", "status must be ok, calibrating or fault")
                .at(where));
      }
    }
    if (!issues.isEmpty() || t == null || s == null) {
      return null;
    }
    return pair
        ? Reading.pair(meter, t, a, b).withStatus(s)
        : Reading.value(meter, t, a).withStatus(s);
  }

  /** True once the first non-blank line (the header, if any) has been parsed. */
  boolean started() {
    return !first;
  }

  /** The layout fixed by the header: true = pairs, false = values, null = decided per line. */
  @Nullable Boolean pairs() {
    return pairs;
  }

  static @Nullable Status status(String text) {
    return Status.fromCode(text.toLowerCase(Locale.ROOT)).orElse(null);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1).replace("\"\"", "\"")
        : s;
  }

  private static double number(String s, String field, String where, List<Issue> issues) {
    try {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d) && !s.isEmpty() && !Character.isLetter(s.charAt(s.length() - 1))) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issues.add(
        Issue.error(
                "INVALID_NUMBER",
                field,
                field + " must be a finite number, got " + (s.isEmpty() ? "nothing" : s))
            .at(where));
    return Double.NaN;
  }
}
