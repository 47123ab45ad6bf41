package org.minecarbon.io.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.unit.Unit;
import org.minecarbon.core.unit.Units;
import org.minecarbon.io.json.Pointers;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the fields of a JSON tree that records an {@link Issue} (with JSON Pointer,
 * offending value and expected form) for every problem instead of failing on the first.
 *
 * <p>In text mode (trees built from a workbook or CSV files) every leaf is a string, so numbers and
 * booleans are also accepted in their textual form.
 */
public final class Fields {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private final List<Issue> issues = new ArrayList<>();
  private final boolean text;
  private int errors;

  public Fields(boolean text) {
    this.text = text;
  }

  public List<Issue> issues() {
    return issues;
  }

  /** Number of errors so far; a row is built only when reading it added none. */
  public int errors() {
    return errors;
  }

  public void add(Issue issue) {
    issues.add(issue);
    errors += issue.isError() ? 1 : 0;
  }

  void error(String code, String pointer, String message, JsonNode value, String expected) {
    add(Issue.error(code, pointer, message, show(value), expected));
  }

  /** Escapes one reference token of a JSON Pointer (RFC 6901). */
  public static String child(String parent, String name) {
    return Pointers.child(parent, name);
  }

  public static String child(String parent, int index) {
    return Pointers.child(parent, index);
  }

  /** Longest value text repeated in an issue (a hostile document must not echo megabytes). */
  static final int MAX_SHOWN = 200;

  static String show(JsonNode n) {
    if (n.isContainer() && n.size() > 10) {
      return (n.isArray() ? "an array of " : "an object of ") + n.size() + " entries";
    }
    String text = n.isString() ? n.stringValue() : n.toString();
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }

  /** The field, or null when absent or JSON null. */
  static @Nullable JsonNode node(JsonNode obj, String name) {
    JsonNode n = obj.get(name);
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  boolean has(JsonNode obj, String name) {
    return node(obj, name) != null;
  }

  void required(String pointer, String name, String expected) {
    add(Issue.error(Codes.REQUIRED, pointer, "missing required field " + name, "", expected));
  }

  /** True when {@code n} is an object; otherwise records WRONG_TYPE. */
  boolean isObject(JsonNode n, String pointer) {
    if (n.isObject()) {
      return true;
    }
    String what = pointer.isEmpty() ? "the document must be a JSON object" : "must be an object";
    error(Codes.WRONG_TYPE, pointer, what, n, "object");
    return false;
  }

  @Nullable JsonNode object(JsonNode obj, String parent, String name, boolean required) {
    return container(obj, parent, name, required, true);
  }

  @Nullable JsonNode array(JsonNode obj, String parent, String name, boolean required) {
    return container(obj, parent, name, required, false);
  }

  private @Nullable JsonNode container(
      JsonNode obj, String parent, String name, boolean required, boolean object) {
    JsonNode n = node(obj, name);
    String what = object ? "object" : "array";
    if (n == null) {
      if (required) {
        required(child(parent, name), name, what);
      }
      return null;
    }
    if (object ? !n.isObject() : !n.isArray()) {
      error(Codes.WRONG_TYPE, child(parent, name), name + " must be an " + what, n, what);
      return null;
    }
    return n;
  }

  @Nullable String string(JsonNode obj, String parent, String name, boolean required) {
    JsonNode n = node(obj, name);
    if (n == null) {
      if (required) {
        required(child(parent, name), name, "string");
      }
      return null;
    }
    if (!n.isString()) {
      error(Codes.WRONG_TYPE, child(parent, name), name + " must be a string", n, "string");
      return null;
    }
    return n.stringValue();
  }

  @Nullable Double number(JsonNode obj, String parent, String name, boolean required) {
    JsonNode n = node(obj, name);
    if (n == null) {
      if (required) {
        required(child(parent, name), name, "number");
      }
      return null;
    }
    return toNumber(n, child(parent, name), name);
  }

  @Nullable Double toNumber(JsonNode n, String pointer, String name) {
    double d;
    if (n.isNumber()) {
      d = n.doubleValue();
    } else if (text && n.isString() && NUMBER.matcher(n.stringValue().strip()).matches()) {
      d = Double.parseDouble(n.stringValue().strip());
    } else if (text && n.isString() && NON_FINITE.matcher(n.stringValue().strip()).matches()) {
      d = Double.NaN;
    } else {
      error(Codes.WRONG_TYPE, pointer, name + " must be a number", n, "number");
      return null;
    }
    if (!Double.isFinite(d)) {
      error(Codes.NOT_FINITE, pointer, name + " must be a finite number", n, "finite number");
      return null;
    }
    return d;
  }

  @Nullable Integer integer(JsonNode obj, String parent, String name) {
    Double d = number(obj, parent, name, false);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      error(
          Codes.WRONG_TYPE,
          child(parent, name),
          name + " must be an integer",
          obj.get(name),
          "integer");
      return null;
    }
    return d.intValue();
  }

  @Nullable Boolean bool(JsonNode obj, String parent, String name) {
    JsonNode n = node(obj, name);
    if (n == null) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (text && n.isString()) {
      String s = n.stringValue().strip().toLowerCase(Locale.ROOT);
      switch (s) {
        case "true", "yes", "是" -> {
          return true;
        }
        case "false", "no", "否" -> {
          return false;
        }
        default -> {}
      }
    }
    error(Codes.WRONG_TYPE, child(parent, name), name + " must be true or false", n, "boolean");
    return null;
  }

  /** A code of a closed vocabulary parsed with the enum's {@code fromCode}. */
  <E> @Nullable E code(
      JsonNode obj,
      String parent,
      String name,
      boolean required,
      Function<String, Optional<E>> parse,
      List<String> codes,
      String issueCode) {
    String s = string(obj, parent, name, required);
    if (s == null) {
      return null;
    }
    Optional<E> e = parse.apply(s);
    if (e.isEmpty()) {
      add(
          Issue.error(
              issueCode,
              child(parent, name),
              "unknown " + name + " \"" + s + "\"",
              s,
              "one of " + String.join(", ", codes)));
      return null;
    }
    return e.get();
  }

  @Nullable Unit unit(JsonNode obj, String parent, String name, boolean required) {
    String s = string(obj, parent, name, required);
    if (s == null) {
      return null;
    }
    Optional<Unit> u = Units.find(s);
    if (u.isEmpty()) {
      List<String> symbols = Units.standard().all().stream().map(Unit::symbol).toList();
      add(
          Issue.error(
              Codes.UNKNOWN_UNIT,
              child(parent, name),
              "unknown unit \"" + s + "\"",
              s,
              "one of " + String.join(", ", symbols)));
      return null;
    }
    if (Units.assumesNormalConditions(s)) {
      add(
          Issue.warning(
              Codes.VOLUME_CONDITIONS_ASSUMED,
              child(parent, name),
              "volume unit \""
                  + s
                  + "\" is taken as "
                  + u.get().symbol()
                  + " at normal conditions (0 °C, 101.325 kPa); convert a volume measured at line"
                  + " conditions first, or write Nm3 / 10^4Nm3"));
    }
    return u.get();
  }

  @Nullable Period period(JsonNode obj, String parent) {
    String s = string(obj, parent, "period", true);
    if (s == null) {
      return null;
    }
    Optional<Period> p = Period.parse(s);
    if (p.isEmpty()) {
      add(
          Issue.error(
              Codes.INVALID_PERIOD,
              child(parent, "period"),
              "invalid period \"" + s + "\"",
              s,
              "YYYY or YYYY-MM"));
      return null;
    }
    return p.get();
  }

  /** An object of code → number ({@code {"CaCO3": 0.8}}), empty when absent. */
  @Nullable Map<String, Double> numberMap(
      JsonNode obj, String parent, String name, boolean required) {
    JsonNode n = object(obj, parent, name, required);
    Map<String, Double> map = new LinkedHashMap<>();
    if (n == null) {
      return has(obj, name) || required ? null : map;
    }
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      Double d = toNumber(e.getValue(), child(child(parent, name), e.getKey()), e.getKey());
      if (d == null) {
        ok = false;
      } else {
        map.put(e.getKey(), d);
      }
    }
    return ok ? map : null;
  }
}
