package org.minecarbon.app.document.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.document.ImportPreview.FieldChange;
import tools.jackson.databind.JsonNode;

/** Row documents as comparable text and as field lists for a diff. */
final class RowTexts {
  private RowTexts() {}

  /**
   * A row document as text that is equal for equal values: keys sorted, numbers by value ({@code 5}
   * and {@code 5.0} alike, as the document reader treats them).
   */
  static String canonical(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    canonical(node, sb);
    return sb.toString();
  }

  private static void canonical(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      sb.append('{');
      for (String k : new TreeSet<>(node.propertyNames())) {
        sb.append('"').append(k).append("\":");
        canonical(node.get(k), sb);
        sb.append(',');
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      node.forEach(
          e -> {
            canonical(e, sb);
            sb.append(',');
          });
      sb.append(']');
    } else {
      sb.append(leaf(node));
    }
  }

  /** A leaf as text: numbers without trailing zeros, strings as written. */
  static String leaf(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Long.toString(node.longValue()); // what the decimal form gives, without BigDecimal
    }
    if (node.isDouble()) {
      String fast = plain(node.doubleValue());
      if (fast != null) {
        return fast;
      }
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    return node.isString() ? node.asString() : node.toString();
  }

  /**
   * A double as {@code BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()} gives it, from
   * {@link Double#toString} directly when that has no exponent; null when it has one.
   */
  static @Nullable String plain(double d) {
    if (d == 0) {
      return "0";
    }
    String s = Double.toString(d);
    if (s.indexOf('E') >= 0) {
      return null;
    }
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** The row's fields, nested objects dotted ({@code steam.mass}), arrays as canonical text. */
  static Map<String, String> fields(JsonNode row) {
    Map<String, String> out = new LinkedHashMap<>();
    nodes(row).forEach((name, v) -> out.put(name, text(v)));
    return out;
  }

  /** The row's leaves and arrays by dotted name, as {@link #fields} names them. */
  private static Map<String, JsonNode> nodes(JsonNode row) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    flatten("", row, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(name + ".", v, out);
      } else {
        out.put(name, v);
      }
    }
  }

  /** A field's text: an array as canonical text, a leaf by {@link #leaf}. */
  private static String text(JsonNode v) {
    return v.isArray() ? canonical(v) : leaf(v);
  }

  /**
   * Field-by-field difference; a null side lists every field of the other. Equal nodes have equal
   * texts, so only the fields whose nodes differ are turned into text and compared.
   */
  static List<FieldChange> changes(@Nullable JsonNode before, @Nullable JsonNode after) {
    Map<String, JsonNode> b = before == null ? Map.of() : nodes(before);
    Map<String, JsonNode> a = after == null ? Map.of() : nodes(after);
    List<FieldChange> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : b.entrySet()) {
      JsonNode next = a.get(e.getKey());
      if (next != null && next.equals(e.getValue())) {
        continue;
      }
      String was = text(e.getValue());
      String now = next == null ? null : text(next);
      if (!was.equals(now)) {
        out.add(new FieldChange(e.getKey(), was, now));
      }
    }
    for (Map.Entry<String, JsonNode> e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        out.add(new FieldChange(e.getKey(), null, text(e.getValue())));
      }
    }
    return out;
  }
}
