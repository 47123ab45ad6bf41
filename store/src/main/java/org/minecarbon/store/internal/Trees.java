package org.minecarbon.store.internal;

import org.jspecify.annotations.Nullable;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.store.StoreException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON text of stored objects and the indexed fields read from them. */
public final class Trees {
  private Trees() {}

  /**
   * The text a document is stored as: compact JSON. Rows stored before issue 11's round six are
   * indented (about a third more bytes); both read back the same.
   */
  public static String text(JsonNode node) {
    return JsonCodec.compact().writeValueAsString(node);
  }

  public static ObjectNode object(String text) {
    try {
      JsonNode node = JsonCodec.mapper().readTree(text);
      if (node instanceof ObjectNode o) {
        return o;
      }
      throw new StoreException("stored document is not a JSON object: " + abbreviate(text));
    } catch (JacksonException e) {
      throw new StoreException("stored document is not JSON: " + abbreviate(text), e);
    }
  }

  /** A string field, or null when absent or not a string. */
  public static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }

  /**
   * The year and month (0 = whole year) of a row's {@code period}.
   *
   * @throws IllegalArgumentException when the row has no valid period (rows are validated before
   *     they are stored, so this is a programming error)
   */
  public static int[] period(JsonNode row) {
    // by hand what the pattern \d{4}(-\d{2})? matched: called once per row written
    String p = string(row, "period");
    int n = p == null ? 0 : p.length();
    if ((n != 4 && (n != 7 || p.charAt(4) != '-'))
        || !digits(p, 0, 4)
        || (n == 7 && !digits(p, 5, 7))) {
      throw new IllegalArgumentException("row has no valid period: " + p);
    }
    int month = n == 7 ? Integer.parseInt(p, 5, 7, 10) : 0;
    return new int[] {Integer.parseInt(p, 0, 4, 10), month};
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
