package org.minecarbon.io.meter.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** RFC 3339 date-times with an offset ({@code Z} allowed; a space or lowercase t/z accepted). */
public final class Times {
  private Times() {}

  public static @Nullable Instant parse(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
