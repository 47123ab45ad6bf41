package org.minecarbon.io.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.Pointers;
import org.minecarbon.planning.plan.YearPath;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to plan document fields that records an issue with its JSON Pointer for every
 * problem instead of failing on the first.
 */
public final class PlanFields {
  public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

  private final List<Issue> issues = new ArrayList<>();

  public List<Issue> issues() {
    return issues;
  }

  public void add(Issue i) {
    issues.add(i);
  }

  public static String child(String parent, String name) {
    return Pointers.child(parent, name);
  }

  public static String child(String parent, int i) {
    return Pointers.child(parent, i);
  }

  public static @Nullable JsonNode node(JsonNode obj, String name) {
    JsonNode n = obj.get(name);
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  private static String show(JsonNode n) {
    String s = n.isString() ? n.stringValue() : n.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** A number within [min, max]; null (with an issue when required) when absent or wrong. */
  public @Nullable Double number(
      JsonNode obj, String name, String pointer, boolean required, double min, double max) {
    JsonNode n = node(obj, name);
    String p = child(pointer, name);
    if (n == null) {
      if (required) {
        issues.add(
            Issue.error(Codes.REQUIRED, p, "missing required field " + name, "", "a number"));
      }
      return null;
    }
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      issues.add(Issue.error(Codes.WRONG_TYPE, p, name + " must be a number", show(n), "a number"));
      return null;
    }
    double v = n.doubleValue();
    if (v < min || v > max) {
      issues.add(
          Issue.error(
              OUT_OF_RANGE,
              p,
              name + " is out of range",
              show(n),
              "between " + min + " and " + max));
      return null;
    }
    return v;
  }

  /** An integer within [min, max]. */
  public @Nullable Integer integer(
      JsonNode obj, String name, String pointer, boolean required, int min, int max) {
    Double d = number(obj, name, pointer, required, min, max);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d)) {
      issues.add(
          Issue.error(
              Codes.WRONG_TYPE,
              child(pointer, name),
              name + " must be a whole number",
              d,
              "an integer"));
      return null;
    }
    return d.intValue();
  }

  public @Nullable String string(JsonNode obj, String name, String pointer, boolean required) {
    JsonNode n = node(obj, name);
    String p = child(pointer, name);
    if (n == null) {
      if (required) {
        issues.add(
            Issue.error(Codes.REQUIRED, p, "missing required field " + name, "", "a string"));
      }
      return null;
    }
    if (!n.isString() || n.stringValue().isBlank()) {
      issues.add(
          Issue.error(
              Codes.WRONG_TYPE, p, name + " must be a non-empty string", show(n), "a string"));
      return null;
    }
    return n.stringValue();
  }

  /** A code from a closed list. */
  public @Nullable String code(
      JsonNode obj, String name, String pointer, boolean required, List<String> allowed) {
    String s = string(obj, name, pointer, required);
    if (s != null && !allowed.contains(s)) {
      issues.add(
          Issue.error(
              Codes.UNKNOWN_CODE,
              child(pointer, name),
              "unknown " + name,
              s,
              "one of " + String.join(", ", allowed)));
      return null;
    }
    return s;
  }

  /** The array at {@code name} (empty when absent); WRONG_TYPE when not an array. */
  public List<JsonNode> array(JsonNode obj, String name, String pointer, boolean required) {
    JsonNode n = node(obj, name);
    String p = child(pointer, name);
    if (n == null) {
      if (required) {
        issues.add(
            Issue.error(Codes.REQUIRED, p, "missing required field " + name, "", "an array"));
      }
      return List.of();
    }
    if (!n.isArray()) {
      issues.add(Issue.error(Codes.WRONG_TYPE, p, name + " must be an array", show(n), "an array"));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /** An object field, or null (WRONG_TYPE when present and not an object). */
  public @Nullable JsonNode object(JsonNode obj, String name, String pointer, boolean required) {
    JsonNode n = node(obj, name);
    String p = child(pointer, name);
    if (n == null) {
      if (required) {
        issues.add(
            Issue.error(Codes.REQUIRED, p, "missing required field " + name, "", "an object"));
      }
      return null;
    }
    if (!n.isObject()) {
      issues.add(
          Issue.error(Codes.WRONG_TYPE, p, name + " must be an object", show(n), "an object"));
      return null;
    }
    return n;
  }

  /** A path of {year, value} (or {year, index}) points, sorted with unique years. */
  public YearPath path(JsonNode obj, String name, String pointer, String valueField, double min) {
    String p = child(pointer, name);
    List<YearPath.Point> points = new ArrayList<>();
    int before = issues.size();
    List<JsonNode> items = array(obj, name, pointer, false);
    for (int i = 0; i < items.size(); i++) {
      String ip = child(p, i);
      Integer year = integer(items.get(i), "year", ip, true, 1900, 2200);
      Double v = number(items.get(i), valueField, ip, true, min, Double.MAX_VALUE);
      if (year != null && v != null) {
        if (!points.isEmpty() && points.get(points.size() - 1).year() >= year) {
          issues.add(
              Issue.error(
                  "PATH_NOT_SORTED",
                  child(ip, "year"),
                  "path years must be sorted and unique",
                  year,
                  "> " + points.get(points.size() - 1).year()));
        } else {
          points.add(new YearPath.Point(year, v));
        }
      }
    }
    return issues.size() > before ? YearPath.EMPTY : new YearPath(points);
  }

  /** Object entries in document order. */
  public static List<Map.Entry<String, JsonNode>> entries(JsonNode obj) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      out.add(e);
    }
    return out;
  }
}
