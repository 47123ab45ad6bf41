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

  /**
   * A 64-bit hash consistent with {@link #same} (and so with equal canonical texts): object members
   * combined independently of their order, numbers by their {@code double} value ({@code 5} and
   * {@code 5.0} alike). Computed on the tree, without building the canonical text.
   */
  public static long hash(JsonNode node) {
    if (node.isObject()) {
      long h = 0x9E3779B97F4A7C15L;
      for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
        h += mix(e.getKey().hashCode() * 31L + hash(e.getValue()));
      }
      return h;
    }
    if (node.isArray()) {
      long h = 17;
      for (JsonNode e : node) {
        h = h * 1_000_003L + hash(e);
      }
      return mix(h);
    }
    if (node.isNumber()) {
      return mix(Double.hashCode(node.doubleValue() + 0.0) + 3L);
    }
    return node.isString() ? mix(node.asString().hashCode() + 5L) : mix(node.hashCode() + 7L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /**
   * Whether two row documents are equal exactly when their {@link #canonical} texts are: the same
   * members with equal values whatever their order, arrays element by element, numbers by value,
   * strings as written. Walks both trees without building text.
   */
  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isObject() || b.isObject()) {
      if (!a.isObject() || !b.isObject() || a.size() != b.size()) {
        return false;
      }
      for (java.util.Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (other == null || !same(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() || b.isArray()) {
      if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isNumber() || b.isNumber()) {
      return a.isNumber() && b.isNumber() && sameNumber(a, b);
    }
    if (a.isString() || b.isString()) {
      return a.isString() && b.isString() && a.asString().equals(b.asString());
    }
    return Trees.text(a).equals(Trees.text(b));
  }

  private static boolean sameNumber(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber()
        && b.isIntegralNumber()
        && a.canConvertToLong()
        && b.canConvertToLong()) {
      return a.longValue() == b.longValue();
    }
    return a.decimalValue().compareTo(b.decimalValue()) == 0;
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
