package org.minecarbon.store.inventory;

import java.util.TreeSet;
import org.minecarbon.store.internal.Trees;
import tools.jackson.databind.JsonNode;

/**
 * The one comparison of row documents, shared by the store's document replacement and the row
 * import's difference (app {@code RowDiff}): two rows are equal when their canonical texts are.
 */
public final class RowDocs {
  private RowDocs() {}

  /**
   * A row document as text that is equal for equal values: keys sorted, numbers by value ({@code 5}
   * and {@code 5.0} alike, as the document reader treats them).
   */
  public static String canonical(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    canonical(node, sb);
    return sb.toString();
  }

  private static void canonical(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      sb.append('{');
      for (String k : new TreeSet<>(node.propertyNames())) {
        quote(k, sb);
        sb.append(':');
        canonical(node.get(k), sb);
        sb.append(',');
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (JsonNode e : node) {
        canonical(e, sb);
        sb.append(',');
      }
      sb.append(']');
    } else if (node.isIntegralNumber() && node.canConvertToLong()) {
      sb.append(node.longValue());
    } else if (node.isNumber()) {
      sb.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else if (node.isString()) {
      quote(node.asString(), sb);
    } else {
      sb.append(Trees.text(node));
    }
  }

  /** A string in quotes, quote, backslash and control characters escaped (unambiguous). */
  private static void quote(String text, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
