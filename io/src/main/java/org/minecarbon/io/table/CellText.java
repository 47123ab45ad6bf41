package org.minecarbon.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text forms of values that a cell holds: numbers (shortest exact form), maps ({@code CaCO3=0.8;
 * MgCO3=0.05}) and carbon flows ({@code 100 t @ 0.8; 50 t @ 0.02}).
 */
public final class CellText {
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[;；]");
  private static final Pattern FLOW =
      Pattern.compile("\\s*(\\S+?)\\s*(?:\\s(\\S+))?\\s*@\\s*(\\S+)\\s*");

  /** Expected form of a map cell, for messages. */
  public static final String MAP_FORM = "code=value; code=value (e.g. CaCO3=0.8; MgCO3=0.05)";

  /** Expected form of a flows cell, for messages. */
  public static final String FLOWS_FORM =
      "quantity unit @ carbonFraction; … (e.g. 100 t @ 0.8; 50 t @ 0.02)";

  private CellText() {}

  /** Shortest text that parses back to exactly {@code d}; integral values without a fraction. */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /** One flow as written in a cell. */
  public record Flow(String quantity, @Nullable String unit, String carbonFraction) {}

  public static String formatMap(Map<String, String> map) {
    StringJoiner j = new StringJoiner("; ");
    map.forEach((k, v) -> j.add(k + "=" + v));
    return j.toString();
  }

  /** The entries of a map cell, or null when an item is not {@code code=value}. */
  public static @Nullable List<Map.Entry<String, String>> parseMap(String text) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String item : ITEM_SEPARATOR.split(text)) {
      if (item.isBlank()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq < 0) {
        eq = item.indexOf(':');
      }
      if (eq <= 0 || item.substring(0, eq).isBlank()) {
        return null;
      }
      out.add(Map.entry(item.substring(0, eq).strip(), item.substring(eq + 1).strip()));
    }
    return out;
  }

  public static String formatFlows(List<Flow> flows) {
    StringJoiner j = new StringJoiner("; ");
    for (Flow f : flows) {
      j.add(f.quantity() + (f.unit() == null ? "" : " " + f.unit()) + " @ " + f.carbonFraction());
    }
    return j.toString();
  }

  /** The flows of a cell, or null when an item is not {@code quantity unit @ fraction}. */
  public static @Nullable List<Flow> parseFlows(String text) {
    List<Flow> out = new ArrayList<>();
    for (String item : ITEM_SEPARATOR.split(text)) {
      if (item.isBlank()) {
        continue;
      }
      Matcher m = FLOW.matcher(item);
      if (!m.matches()) {
        return null;
      }
      out.add(new Flow(m.group(1), m.group(2), m.group(3)));
    }
    return out;
  }
}
