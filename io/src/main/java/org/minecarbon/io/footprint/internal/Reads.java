package org.minecarbon.io.footprint.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import tools.jackson.databind.JsonNode;

/** Reads typed fields of JSON objects, collecting every problem with its pointer. */
public final class Reads {
  private final List<Issue> issues = new ArrayList<>();

  public List<Issue> issues() {
    return List.copyOf(issues);
  }

  public int errors() {
    return (int) issues.stream().filter(Issue::isError).count();
  }

  public void add(Issue issue) {
    issues.add(issue);
  }

  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** A string field; blank counts as absent. */
  public @Nullable String text(JsonNode obj, String parent, String name, boolean required) {
    JsonNode n = obj.get(name);
    String p = child(parent, name);
    if (n == null || n.isNull() || (n.isString() && n.stringValue().isBlank())) {
      if (required) {
        issues.add(Issue.error(Codes.REQUIRED, p, "missing field '" + name + "'"));
      }
      return null;
    }
    if (!n.isString()) {
      issues.add(Issue.error(Codes.WRONG_TYPE, p, "must be a string", show(n), "a string"));
      return null;
    }
    return n.stringValue().strip();
  }

  /** A finite number; {@code positive} demands > 0, otherwise ≥ 0. */
  public @Nullable Double number(
      JsonNode obj, String parent, String name, boolean required, boolean positive) {
    JsonNode n = obj.get(name);
    String p = child(parent, name);
    if (n == null || n.isNull()) {
      if (required) {
        issues.add(Issue.error(Codes.REQUIRED, p, "missing field '" + name + "'"));
      }
      return null;
    }
    if (!n.isNumber()) {
      issues.add(Issue.error(Codes.WRONG_TYPE, p, "must be a number", show(n), "a number"));
      return null;
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      issues.add(Issue.error(Codes.NOT_FINITE, p, "must be finite", show(n), "a finite number"));
      return null;
    }
    if (positive ? d <= 0 : d < 0) {
      String expected = positive ? "a positive number" : "a non-negative number";
      issues.add(Issue.error(Codes.NEGATIVE_QUANTITY, p, "out of range", show(n), expected));
      return null;
    }
    return d;
  }

  /** A unit symbol of the closed vocabulary. */
  public @Nullable Unit unit(JsonNode obj, String parent, String name) {
    String symbol = text(obj, parent, name, true);
    if (symbol == null) {
      return null;
    }
    Optional<Unit> unit = Units.find(symbol);
    if (unit.isEmpty()) {
      issues.add(
          Issue.error(
              Codes.UNKNOWN_UNIT,
              child(parent, name),
              "unknown unit",
              symbol,
              "one of " + String.join(", ", units())));
      return null;
    }
    return unit.get();
  }

  private static List<String> units() {
    return Units.standard().all().stream().map(Unit::symbol).toList();
  }

  public static String show(JsonNode n) {
    String s = n.isString() ? n.stringValue() : n.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
