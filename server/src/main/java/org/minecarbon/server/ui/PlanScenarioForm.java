package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenarios of the plan edit page: {@code central} (the document's own projection paths),
 * {@code low} and {@code high} (allowance prices in the first and last plan year, linear between,
 * and their own production and grid-factor paths), each path as {@code year: value} pairs (contract
 * §1.1 interpolates between the points). Stored as the document's extra {@code scenarios} field.
 */
final class PlanScenarioForm {
  static final String PATH_TEXT = "PLAN_FORM_PATH";
  static final List<String> SCENARIOS = List.of("central", "low", "high");

  private PlanScenarioForm() {}

  /** A scenario row: its name and its values as text. */
  record Scenario(
      String name, String allowanceFrom, String allowanceTo, String grid, String prod) {}

  static List<Scenario> rows(JsonNode doc) {
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
              a.size() > 0 ? PlanEditForm.text(a.get(0).path("value").asDouble()) : "",
              a.size() > 1 ? PlanEditForm.text(a.get(a.size() - 1).path("value").asDouble()) : "",
              pathText(s.path("projection").path("gridFactor")),
              pathText(s.path("projection").path("production"))));
    }
    return out;
  }

  /** Applies the form's scenario rows to the document; every bad path pair goes into issues. */
  static void apply(ObjectNode doc, Map<String, String> params, List<Issue> issues) {
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
      out.add(p.path("year").asInt() + ": " + PlanEditForm.text(v.asDouble()));
    }
    return String.join(", ", out);
  }
}
