package org.minecarbon.core.result;

import java.util.Objects;

/**
 * One problem found in an input or during a calculation.
 *
 * @param code stable machine code such as {@code UNKNOWN_FUEL}; becomes the HTTP problem type and
 *     the CLI message prefix
 * @param severity error (rejects the document) or warning
 * @param message human-readable explanation
 * @param pointer JSON Pointer into the inventory document ({@code /activities/3/unit}); empty for a
 *     document-wide issue
 * @param value the offending value as text, empty when there is none
 * @param expected what would have been accepted, empty when not applicable
 * @param location a workbook location ("sheet activities, row 5, column unit"), empty for JSON
 */
public record Issue(
    String code,
    Severity severity,
    String message,
    String pointer,
    String value,
    String expected,
    String location) {

  public Issue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    pointer = pointer == null ? "" : pointer;
    value = value == null ? "" : value;
    expected = expected == null ? "" : expected;
    location = location == null ? "" : location;
  }

  public static Issue error(String code, String pointer, String message) {
    return new Issue(code, Severity.ERROR, message, pointer, "", "", "");
  }

  public static Issue error(
      String code, String pointer, String message, Object value, String expected) {
    return new Issue(code, Severity.ERROR, message, pointer, show(value), expected, "");
  }

  /**
   * The offending value as a user wrote it: a number without a spurious fraction ({@code -5}, not
   * {@code -5.0}) and without an exponent unless it is very small or very large.
   */
  public static String show(Object value) {
    if (value instanceof Double d && Double.isFinite(d)) {
      if (d == 0) {
        return "0";
      }
      java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
      double abs = Math.abs(d);
      return abs >= 1e-6 && abs < 1e15 ? b.toPlainString() : b.toString();
    }
    if (value instanceof Float f) {
      return show(f.doubleValue());
    }
    return String.valueOf(value);
  }

  public static Issue warning(String code, String pointer, String message) {
    return new Issue(code, Severity.WARNING, message, pointer, "", "", "");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same issue with a workbook location attached. */
  public Issue at(String workbookLocation) {
    return new Issue(code, severity, message, pointer, value, expected, workbookLocation);
  }

  /**
   * One line for a terminal: {@code ERROR UNKNOWN_FUEL /activities/3/fuel: ... (got "x"; expected
   * ...)}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(severity.name()).append(' ').append(code);
    String where = location.isEmpty() ? pointer : location + " [" + pointer + "]";
    if (!where.isEmpty()) {
      sb.append(' ').append(where);
    }
    sb.append(": ").append(message);
    if (!value.isEmpty() || !expected.isEmpty()) {
      sb.append(" (");
      if (!value.isEmpty()) {
        sb.append("got \"").append(value).append('"');
      }
      if (!expected.isEmpty()) {
        sb.append(value.isEmpty() ? "" : "; ").append("expected ").append(expected);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
