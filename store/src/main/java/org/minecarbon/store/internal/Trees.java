package org.minecarbon.store.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Period;
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
    String p = string(row, "period");
    Period period =
        (p == null ? Optional.<Period>empty() : Period.parse(p))
            .orElseThrow(() -> new IllegalArgumentException("row has no valid period: " + p));
    return new int[] {period.year(), period.month()};
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
