package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.report.plan.MeasurePaths;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A measure of the user's own (not in the catalogue) from the plan editor's form, as a measure of
 * plan document v1 (contract §1.3) with two extra fields: {@code path} (its seed-004 path) and
 * {@code source} (the user's citation). One effect from the contract's effect kinds, its number
 * with its unit (a fraction 0–1 for reduce, substitute and methane; MWh/yr for generate and an
 * added electricity row; tCO2/yr for a sink), capex and opex in 万元 (stored in CNY), lifetime and
 * earliest year. {@link #check} lists every problem of the row at its field's pointer.
 */
final class PlanCustomForm {
  static final List<String> KINDS =
      List.of("reduce", "substitute", "methane", "generate", "add", "sink");
  static final List<String> SOURCES = List.of("fuel", "electricity", "heat", "mine-methane");
  static final List<String> SINKS = List.of("storage", "utilization", "vegetation", "carbonation");
  static final List<String> USES = List.of("flare", "oxidation", "power", "heat");
  static final String NAME = "PLAN_CUSTOM_NAME";
  static final String PATH = "PLAN_CUSTOM_PATH";
  static final String EFFECT = "PLAN_CUSTOM_EFFECT";
  static final String NUMBER = "PLAN_CUSTOM_NUMBER";
  static final String SELECT = "PLAN_CUSTOM_SELECT";
  static final String MONEY = "PLAN_CUSTOM_MONEY";
  static final String LIFETIME = "PLAN_CUSTOM_LIFETIME";
  static final String YEAR = "PLAN_CUSTOM_YEAR";
  static final String CITATION = "PLAN_CUSTOM_CITATION";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final double WAN = 10_000;

  private PlanCustomForm() {}

  /** The choices of the custom rows' selects, and the number of rows. */
  static void addChoices(org.springframework.ui.Model model) {
    model.addAttribute("paths", MeasurePaths.PATHS);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("sources", SOURCES);
    model.addAttribute("sinks", SINKS);
    model.addAttribute("uses", USES);
    model.addAttribute(
        "customRows",
        java.util.stream.IntStream.range(0, PlanEditForm.CUSTOM_ROWS).boxed().toList());
  }

  /** One row of the form as typed; blank fields are empty strings. */
  record Row(Map<String, String> fields) {
    Row {
      fields = Map.copyOf(fields);
    }

    String get(String key) {
      return fields.getOrDefault(key, "").strip();
    }

    /** A row the user left wholly empty is not a measure. */
    boolean blank() {
      return List.of("name", "value", "second", "capex", "opex", "citation").stream()
          .allMatch(k -> get(k).isEmpty());
    }
  }

  /** Every problem of a row that becomes measure {@code index} of the document. */
  static List<Issue> check(Row r, int index) {
    String at = "/measures/" + index + "/";
    List<Issue> out = new ArrayList<>();
    if (r.get("name").isEmpty() || r.get("name").length() > 200) {
      out.add(Issue.error(NAME, at + "name", "the measure needs a name (1–200 characters)"));
    }
    if (!MeasurePaths.PATHS.contains(r.get("path"))) {
      out.add(Issue.error(PATH, at + "path", "choose one of the seed-004 paths or other"));
    }
    String kind = r.get("kind");
    if (!KINDS.contains(kind)) {
      out.add(Issue.error(EFFECT, at + "effects/0/kind", "choose an effect kind of the contract"));
    } else {
      effect(r, kind, at + "effects/0/", out);
    }
    Double capex = number(r.get("capex"));
    if (capex == null || capex < 0) {
      out.add(Issue.error(MONEY, at + "capex", "capex is a number of 万元 ≥ 0"));
    }
    if (number(r.get("opex")) == null) {
      out.add(Issue.error(MONEY, at + "opex", "opex is a number of 万元 a year (may be negative)"));
    }
    Double life = number(r.get("lifetime"));
    if (life == null || life < 1 || life != Math.rint(life)) {
      out.add(Issue.error(LIFETIME, at + "lifetime", "lifetime is a whole number of years ≥ 1"));
    }
    Double early = number(r.get("earliest"));
    boolean noYear = !r.get("earliest").isEmpty() && (early == null || early != Math.rint(early));
    if (noYear) {
      out.add(Issue.error(YEAR, at + "earliestYear", "the earliest year is a year, or empty"));
    }
    if (r.get("citation").isEmpty()) {
      out.add(Issue.error(CITATION, at + "source", "give the source of the figures"));
    }
    return out;
  }

  private static void effect(Row r, String kind, String at, List<Issue> out) {
    Double v = number(r.get("value"));
    boolean fraction = List.of("reduce", "substitute", "methane").contains(kind);
    if (fraction && (v == null || v <= 0 || v > 1)) {
      out.add(Issue.error(NUMBER, at + "fraction", "the fraction is a number in (0, 1]"));
    } else if (!fraction && (v == null || v <= 0)) {
      String field = kind.equals("add") ? "row/quantity" : "quantity";
      out.add(Issue.error(NUMBER, at + field, "the quantity is a number > 0 a year"));
    }
    if (List.of("reduce", "substitute").contains(kind) && !SOURCES.contains(r.get("source"))) {
      out.add(Issue.error(SELECT, at + "select/source", "choose the activity the measure acts on"));
    }
    if (kind.equals("substitute")) {
      Double per = number(r.get("second"));
      if (per == null || per <= 0) {
        out.add(
            Issue.error(NUMBER, at + "to/perUnit", "the MWh per unit replaced is a number > 0"));
      }
    }
    if (kind.equals("sink") && !SINKS.contains(r.get("sink"))) {
      out.add(Issue.error(SELECT, at + "sink", "choose the kind of sink"));
    }
    if (kind.equals("methane") && !USES.contains(r.get("use"))) {
      out.add(Issue.error(SELECT, at + "use", "choose what the methane is used for"));
    }
  }

  /** The row as a measure (call only when {@link #check} found nothing). */
  static ObjectNode measure(Row r, String id) {
    ObjectNode m = F.objectNode();
    m.put("id", id);
    m.put("name", r.get("name"));
    m.put("category", category(r.get("path"), r.get("kind")));
    m.put("path", r.get("path"));
    m.put("source", r.get("citation"));
    m.put("capex", number(r.get("capex")) * WAN);
    m.put("opex", number(r.get("opex")) * WAN);
    m.put("lifetime", (int) Math.round(number(r.get("lifetime"))));
    if (!r.get("earliest").isEmpty()) {
      m.put("earliestYear", (int) Math.round(number(r.get("earliest"))));
    }
    m.putArray("effects").add(effect(r));
    return m;
  }

  private static ObjectNode effect(Row r) {
    String kind = r.get("kind");
    ObjectNode e = F.objectNode();
    e.put("kind", kind);
    double v = number(r.get("value"));
    switch (kind) {
      case "reduce", "substitute" -> {
        ObjectNode select = e.putObject("select");
        select.put("source", r.get("source"));
        if (!r.get("stage").isEmpty()) {
          select.put("stage", r.get("stage"));
        }
        e.put("fraction", v);
        if (kind.equals("substitute")) {
          ObjectNode to = e.putObject("to");
          to.put("source", "electricity");
          to.put("perUnit", number(r.get("second")));
          to.put("unit", r.get("source").equals("fuel") ? "MWh/t" : "MWh/10^4Nm3");
        }
      }
      case "methane" -> {
        e.putObject("select").put("source", "mine-methane");
        e.put("fraction", v);
        e.put("use", r.get("use"));
      }
      case "add" -> {
        ObjectNode row = e.putObject("row");
        row.put("source", "electricity");
        row.put("quantity", v);
        row.put("unit", "MWh");
      }
      case "sink" -> {
        e.put("sink", r.get("sink"));
        e.put("quantity", v);
      }
      default -> e.put("quantity", v); // generate
    }
    return e;
  }

  /** The contract category that goes with the path (and the effect where a path has two). */
  static String category(String path, String kind) {
    return switch (path) {
      case "碳减排" -> kind.equals("methane") ? "methane" : "efficiency";
      case "碳替代" -> kind.equals("generate") ? "clean-energy" : "substitution";
      case "碳封存" -> "ccus";
      case "碳循环" -> "restoration";
      default -> "other";
    };
  }

  static @Nullable Double number(String text) {
    try {
      double d = Double.parseDouble(text.strip().replace(",", ""));
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
