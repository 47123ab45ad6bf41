package org.minecarbon.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.plan.PlanChange.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two stored plan documents (two versions of a plan): measures added,
 * removed or with changed numbers (matched by id, each changed field once), targets added or
 * removed, prices, projection paths and budget changed (each key once, its points as text),
 * settings (name, base year, horizon, discount rate, currency, allowance share) and scenarios.
 * Order: settings, targets, prices, paths, measures, scenarios.
 */
public final class PlanDiff {
  private static final List<String> SETTINGS =
      List.of(
          "/name",
          "/baseYear",
          "/horizon/from",
          "/horizon/to",
          "/discountRate",
          "/currency",
          "/allowances/maxShare");

  private PlanDiff() {}

  public static List<PlanChange> between(JsonNode older, JsonNode newer) {
    List<PlanChange> out = new ArrayList<>();
    for (String p : SETTINGS) {
      changed(out, Kind.SETTING_CHANGED, p.substring(1), null, older.at(p), newer.at(p));
    }
    targets(out, older.path("targets"), newer.path("targets"));
    keyed(out, Kind.PRICE_CHANGED, prices(older), prices(newer));
    keyed(out, Kind.PATH_CHANGED, paths(older), paths(newer));
    measures(out, byId(older.path("measures"), "id"), byId(newer.path("measures"), "id"));
    scenarios(out, byId(older.path("scenarios"), "name"), byId(newer.path("scenarios"), "name"));
    return List.copyOf(out);
  }

  private static void targets(List<PlanChange> out, JsonNode a, JsonNode b) {
    Set<String> before = new LinkedHashSet<>();
    a.forEach(t -> before.add(text(t)));
    Set<String> after = new LinkedHashSet<>();
    b.forEach(t -> after.add(text(t)));
    before.stream()
        .filter(t -> !after.contains(t))
        .forEach(t -> out.add(new PlanChange(Kind.TARGET_REMOVED, t, null, t, null)));
    after.stream()
        .filter(t -> !before.contains(t))
        .forEach(t -> out.add(new PlanChange(Kind.TARGET_ADDED, t, null, null, t)));
  }

  /** Prices by key: allowance, electricity, export, fuel/&lt;code&gt;. */
  private static Map<String, JsonNode> prices(JsonNode doc) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    doc.path("prices")
        .properties()
        .forEach(
            e -> {
              if (e.getKey().equals("fuel")) {
                e.getValue().properties().forEach(f -> out.put("fuel/" + f.getKey(), f.getValue()));
              } else {
                out.put(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  /** Projection paths (production, gridFactor) and the budget path. */
  private static Map<String, JsonNode> paths(JsonNode doc) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    doc.path("projection").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    if (doc.has("budget")) {
      out.put("budget", doc.get("budget"));
    }
    return out;
  }

  private static void keyed(
      List<PlanChange> out, Kind kind, Map<String, JsonNode> a, Map<String, JsonNode> b) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      changed(out, kind, k, null, orMissing(a.get(k)), orMissing(b.get(k)));
    }
  }

  private static void measures(
      List<PlanChange> out, Map<String, JsonNode> a, Map<String, JsonNode> b) {
    a.forEach(
        (id, m) -> {
          if (!b.containsKey(id)) {
            out.add(new PlanChange(Kind.MEASURE_REMOVED, name(m), null, id, null));
          }
        });
    b.forEach(
        (id, m) -> {
          JsonNode old = a.get(id);
          if (old == null) {
            out.add(new PlanChange(Kind.MEASURE_ADDED, name(m), null, null, id));
            return;
          }
          Map<String, String> x = leaves(old);
          Map<String, String> y = leaves(m);
          Set<String> fields = new LinkedHashSet<>(x.keySet());
          fields.addAll(y.keySet());
          for (String f : fields) {
            if (!Objects.equals(x.get(f), y.get(f))) {
              out.add(new PlanChange(Kind.MEASURE_CHANGED, name(m), f, x.get(f), y.get(f)));
            }
          }
        });
  }

  private static void scenarios(
      List<PlanChange> out, Map<String, JsonNode> a, Map<String, JsonNode> b) {
    a.keySet().stream()
        .filter(n -> !b.containsKey(n))
        .forEach(n -> out.add(new PlanChange(Kind.SCENARIO_REMOVED, n, null, null, null)));
    b.forEach(
        (n, s) -> {
          JsonNode old = a.get(n);
          if (old == null) {
            out.add(new PlanChange(Kind.SCENARIO_ADDED, n, null, null, null));
          }
          Map<String, JsonNode> x = scenarioKeys(old);
          Map<String, JsonNode> y = scenarioKeys(s);
          Set<String> keys = new LinkedHashSet<>(x.keySet());
          keys.addAll(y.keySet());
          for (String k : keys) {
            changed(out, Kind.SCENARIO_CHANGED, n, k, orMissing(x.get(k)), orMissing(y.get(k)));
          }
        });
  }

  /** A scenario's prices and paths by key ({@code prices/allowance}, {@code projection/…}). */
  private static Map<String, JsonNode> scenarioKeys(@Nullable JsonNode s) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (s != null) {
      for (String part : List.of("prices", "projection")) {
        s.path(part).properties().forEach(e -> out.put(part + "/" + e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  private static void changed(
      List<PlanChange> out,
      Kind kind,
      String subject,
      @Nullable String field,
      JsonNode a,
      JsonNode b) {
    if (!a.equals(b)) {
      out.add(new PlanChange(kind, subject, field, textOrNull(a), textOrNull(b)));
    }
  }

  /** Every scalar of a measure by its pointer inside the measure (without {@code id}). */
  static Map<String, String> leaves(JsonNode m) {
    Map<String, String> out = new LinkedHashMap<>();
    leaves(m, "", out);
    out.remove("id");
    return out;
  }

  private static void leaves(JsonNode n, String at, Map<String, String> out) {
    if (n.isObject()) {
      n.properties().forEach(e -> leaves(e.getValue(), join(at, e.getKey()), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        leaves(n.get(i), join(at, Integer.toString(i)), out);
      }
    } else {
      out.put(at, text(n));
    }
  }

  private static String join(String at, String key) {
    return at.isEmpty() ? key : at + "/" + key;
  }

  private static Map<String, JsonNode> byId(JsonNode list, String key) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    list.forEach(m -> out.put(m.path(key).asString(""), m));
    return out;
  }

  private static String name(JsonNode m) {
    return m.path("name").asString(m.path("id").asString(""));
  }

  private static JsonNode orMissing(@Nullable JsonNode n) {
    return n == null ? tools.jackson.databind.node.MissingNode.getInstance() : n;
  }

  private static @Nullable String textOrNull(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : text(n);
  }

  /**
   * A value as text: numbers without a trailing {@code .0}; a path as {@code year: value, …}; a
   * target as its fields' values; other objects as compact JSON.
   */
  static String text(JsonNode n) {
    if (n.isNumber()) {
      double d = n.asDouble();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (n.isString()) {
      return n.asString();
    }
    if (n.isArray() && n.size() > 0 && n.get(0).has("year")) {
      List<String> points = new ArrayList<>();
      n.forEach(
          p ->
              points.add(
                  p.path("year").asInt()
                      + ": "
                      + text(p.has("index") ? p.get("index") : p.path("value"))));
      return String.join(", ", points);
    }
    if (n.isObject() && n.has("kind")) {
      List<String> parts = new ArrayList<>();
      n.properties().forEach(e -> parts.add(text(e.getValue())));
      return String.join(" ", parts);
    }
    return n.toString();
  }
}
