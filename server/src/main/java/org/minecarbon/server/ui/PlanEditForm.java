package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan edit page's form: the numbers of the plan's measures (each effect's fraction or
 * quantity, a substitute's perUnit, an added row's MWh; capex and opex in 万元, lifetime, earliest
 * year) shown beside the catalogue's value and citation, measures removed, measures of the user's
 * own added ({@link PlanCustomForm}), and per scenario its allowance prices and production and
 * grid-factor paths as {@code year: value} lists (contract §1.1 interpolates between the points).
 * Applied to a copy of the latest version; the result is saved as the next version.
 */
final class PlanEditForm {
  static final String PATH_TEXT = "PLAN_FORM_PATH";
  static final List<String> SCENARIOS = List.of("central", "low", "high");
  static final int CUSTOM_ROWS = 2;
  private static final double WAN = 10_000;

  private PlanEditForm() {}

  /** One number of a measure's effect: form key, kind, value, the catalogue's value. */
  record Number(
      String key, String kind, String value, @Nullable String catalogueValue, boolean user) {}

  /** A measure of the plan as the edit page shows it. */
  record Measure(
      int index,
      String id,
      String name,
      int pathIndex,
      List<Number> numbers,
      String capexWan,
      String opexWan,
      String lifetime,
      String earliest,
      @Nullable CatalogueEntry catalogue,
      String source) {}

  /** A scenario row: its name and its values as text. */
  record Scenario(
      String name, String allowanceFrom, String allowanceTo, String grid, String prod) {}

  static List<Measure> measures(JsonNode doc) {
    List<Measure> out = new ArrayList<>();
    var rows = PlanPageData.measures(doc);
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      JsonNode m = doc.path("measures").get(i);
      CatalogueEntry c = row.catalogue();
      List<Number> numbers = new ArrayList<>();
      JsonNode effects = m.path("effects");
      for (int j = 0; j < effects.size(); j++) {
        JsonNode e = effects.get(j);
        String cat = j == 0 && c != null ? catalogueFraction(c) : null;
        add(numbers, "e" + j + ".fraction", "fraction", e.path("fraction"), cat);
        add(numbers, "e" + j + ".quantity", "quantity", e.path("quantity"), null);
        add(numbers, "e" + j + ".perUnit", "perUnit", e.path("to").path("perUnit"), null);
        add(numbers, "e" + j + ".rowQuantity", "rowQuantity", e.path("row").path("quantity"), null);
      }
      out.add(
          new Measure(
              i,
              row.id(),
              row.name(),
              row.pathIndex(),
              numbers,
              text(row.capexWan()),
              text(row.opexWan()),
              m.path("lifetime").asString(""),
              m.path("earliestYear").asString(""),
              c,
              c != null ? c.source() : m.path("source").asString("")));
    }
    return out;
  }

  private static @Nullable String catalogueFraction(CatalogueEntry c) {
    if (c.fraction() != null) {
      return text(c.fraction());
    }
    return PlanForm.preset(c);
  }

  private static void add(
      List<Number> out, String key, String kind, JsonNode v, @Nullable String catalogue) {
    if (!v.isMissingNode()) {
      String value = v.isNumber() ? text(v.asDouble()) : v.asString("");
      boolean user =
          catalogue == null
              || !Objects.equals(PlanCustomForm.number(value), PlanCustomForm.number(catalogue));
      out.add(new Number(key, kind, value, catalogue, user));
    }
  }

  static List<Scenario> scenarios(JsonNode doc) {
    List<Scenario> out = new ArrayList<>();
    out.add(
        new Scenario(
            "central",
            "",
            "",
            pathText(doc.path("projection").path("gridFactor")),
            pathText(doc.path("projection").path("production"))));
    for (String name : SCENARIOS.subList(1, SCENARIOS.size())) {
      JsonNode s = JsonNodes.findByName(doc.path("scenarios"), name);
      JsonNode a = s.path("prices").path("allowance");
      out.add(
          new Scenario(
              name,
              a.size() > 0 ? text(a.get(0).path("value").asDouble()) : "",
              a.size() > 1 ? text(a.get(a.size() - 1).path("value").asDouble()) : "",
              pathText(s.path("projection").path("gridFactor")),
              pathText(s.path("projection").path("production"))));
    }
    return out;
  }

  /**
   * The edited document and, per custom row of the form that was filled, the pointer of the measure
   * it became ({@code /measures/i}), so the page shows each problem at its field.
   */
  record Applied(ObjectNode document, Map<Integer, String> customAt) {}

  /**
   * Applies the form to a copy of the document; every problem of the form (custom rows, path texts)
   * goes into {@code issues} with its pointer.
   */
  static Applied apply(JsonNode latest, Map<String, String> params, List<Issue> issues) {
    Map<Integer, String> customAt = new java.util.HashMap<>();
    ObjectNode doc = (ObjectNode) latest.deepCopy();
    ArrayNode measures = doc.withArray("measures");
    ArrayNode kept = doc.arrayNode();
    for (int i = 0; i < measures.size(); i++) {
      ObjectNode m = (ObjectNode) measures.get(i);
      String p = "m." + i + ".";
      if ("on".equals(params.get(p + "drop"))) {
        continue;
      }
      numbers(m, params, p);
      kept.add(m);
    }
    doc.set("measures", kept);
    customAt.putAll(custom(kept, params, issues));
    scenarios(doc, params, issues);
    return new Applied(doc, Map.copyOf(customAt));
  }

  /**
   * Adds the filled custom rows ({@code c.<k>.<field>}) of the form to the measures; returns, per
   * filled row, the pointer of the measure it is (or would be).
   */
  static Map<Integer, String> custom(
      ArrayNode measures, Map<String, String> params, List<Issue> issues) {
    Map<Integer, String> at = new java.util.HashMap<>();
    int n = 0;
    int failed = 0; // rows with problems are not added but keep their own index
    for (int k = 0; k < CUSTOM_ROWS; k++) {
      var row = new PlanCustomForm.Row(prefixed(params, "c." + k + "."));
      if (row.blank()) {
        continue;
      }
      int index = measures.size() + failed;
      at.put(k, "/measures/" + index + "/");
      var problems = PlanCustomForm.check(row, index);
      issues.addAll(problems);
      if (problems.isEmpty()) {
        measures.add(PlanCustomForm.measure(row, freeId(measures, ++n)));
      } else {
        failed++;
      }
    }
    return at;
  }

  private static void numbers(ObjectNode m, Map<String, String> params, String p) {
    JsonNode effects = m.path("effects");
    for (int j = 0; j < effects.size(); j++) {
      ObjectNode e = (ObjectNode) effects.get(j);
      set(e, "fraction", params.get(p + "e" + j + ".fraction"));
      set(e, "quantity", params.get(p + "e" + j + ".quantity"));
      if (e.path("to").isObject()) {
        set((ObjectNode) e.get("to"), "perUnit", params.get(p + "e" + j + ".perUnit"));
      }
      if (e.path("row").isObject()) {
        set((ObjectNode) e.get("row"), "quantity", params.get(p + "e" + j + ".rowQuantity"));
      }
    }
    money(m, "capex", params.get(p + "capex"));
    money(m, "opex", params.get(p + "opex"));
    set(m, "lifetime", params.get(p + "lifetime"));
    String early = params.get(p + "earliest");
    if (early != null && early.isBlank()) {
      m.remove("earliestYear");
    } else {
      set(m, "earliestYear", early);
    }
  }

  private static void scenarios(ObjectNode doc, Map<String, String> params, List<Issue> issues) {
    ObjectNode projection = doc.withObject("projection");
    path(projection, "gridFactor", "value", params.get("s.central.grid"), "", issues);
    path(projection, "production", "index", params.get("s.central.prod"), "", issues);
    if (projection.isEmpty()) {
      doc.remove("projection");
    }
    ArrayNode list = doc.withArray("scenarios");
    int from = doc.path("horizon").path("from").asInt();
    int to = doc.path("horizon").path("to").asInt();
    for (String name : SCENARIOS.subList(1, SCENARIOS.size())) {
      String p = "s." + name + ".";
      if (!params.containsKey(p + "grid")) {
        continue; // the form had no row for it
      }
      ObjectNode s = JsonNodes.findOrAdd(list, name);
      int at = JsonNodes.indexOf(list, name);
      String a = params.getOrDefault(p + "allowanceFrom", "").strip();
      String b = params.getOrDefault(p + "allowanceTo", "").strip();
      ObjectNode prices = s.withObject("prices");
      if (a.isEmpty() && b.isEmpty()) {
        prices.remove("allowance");
      } else {
        ArrayNode allowance = prices.putArray("allowance");
        JsonNodes.point(allowance.addObject().put("year", from), a.isEmpty() ? b : a);
        JsonNodes.point(allowance.addObject().put("year", to), b.isEmpty() ? a : b);
      }
      ObjectNode proj = s.withObject("projection");
      String pre = "/scenarios/" + at;
      path(proj, "gridFactor", "value", params.get(p + "grid"), pre, issues);
      path(proj, "production", "index", params.get(p + "prod"), pre, issues);
      if (proj.isEmpty()) {
        s.remove("projection");
      }
      if (prices.isEmpty()) {
        s.remove("prices");
      }
      if (!s.has("prices") && !s.has("projection")) {
        list.remove(at);
      }
    }
    if (list.isEmpty()) {
      doc.remove("scenarios");
    }
  }

  /** A path from {@code year: value} pairs separated by commas, semicolons or new lines. */
  static void path(
      ObjectNode parent,
      String key,
      String field,
      @Nullable String text,
      String pointer,
      List<Issue> issues) {
    if (text == null || text.isBlank()) {
      parent.remove(key);
      return;
    }
    ArrayNode points = parent.putArray(key);
    for (String pair : text.strip().split("[,;，；\\n]+")) {
      String[] yv = pair.strip().split("\\s*[:=：]\\s*");
      Double year = yv.length == 2 ? PlanCustomForm.number(yv[0]) : null;
      Double value = yv.length == 2 ? PlanCustomForm.number(yv[1]) : null;
      if (year == null || value == null || year != Math.rint(year)) {
        issues.add(
            Issue.error(
                PATH_TEXT,
                pointer + "/projection/" + key,
                "write the path as year: value pairs, e.g. 2030: 0.45, 2060: 0.05 — not '"
                    + pair.strip()
                    + "'"));
        continue;
      }
      points.addObject().put("year", (int) Math.round(year)).put(field, value);
    }
  }

  static String pathText(JsonNode path) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : path) {
      JsonNode v = p.has("index") ? p.get("index") : p.path("value");
      out.add(p.path("year").asInt() + ": " + text(v.asDouble()));
    }
    return String.join(", ", out);
  }

  private static void set(ObjectNode o, String key, @Nullable String text) {
    boolean known = o.has(key) || key.equals("earliestYear") || key.equals("lifetime");
    if (text == null || text.isBlank() || !known) {
      return;
    }
    Double v = PlanCustomForm.number(text);
    if (v == null) {
      o.put(key, text.strip()); // the plan's checks name it with its pointer
    } else if (key.equals("lifetime") || key.equals("earliestYear")) {
      o.put(key, (int) Math.round(v));
    } else {
      o.put(key, v);
    }
  }

  private static void money(ObjectNode o, String key, @Nullable String wan) {
    if (wan == null || wan.isBlank()) {
      return;
    }
    Double v = PlanCustomForm.number(wan);
    if (v == null) {
      o.put(key, wan.strip());
    } else {
      o.put(key, v * WAN);
    }
  }

  static Map<String, String> prefixed(Map<String, String> params, String prefix) {
    Map<String, String> out = new java.util.HashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  private static String freeId(ArrayNode measures, int start) {
    for (int n = start; ; n++) {
      String id = "own-" + n;
      boolean taken = false;
      for (JsonNode m : measures) {
        taken |= m.path("id").asString("").equals(id);
      }
      if (!taken) {
        return id;
      }
    }
  }

  static String text(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
