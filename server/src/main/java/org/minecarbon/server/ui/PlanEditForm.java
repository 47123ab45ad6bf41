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
    PlanScenarioForm.apply(doc, params, issues);
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
