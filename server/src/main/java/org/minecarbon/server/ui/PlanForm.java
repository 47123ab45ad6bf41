package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.minecarbon.planning.catalogue.CatalogueEntry;
import org.minecarbon.planning.catalogue.TargetTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan editor's form as a plan document v1: each picked catalogue measure's effect template
 * (the catalogue's short form) filled with the user's numbers — the first {@code ?} (fraction or
 * quantity) with "value", a second {@code ?} (perUnit, an added row's MWh) with "second"; a
 * template number is kept when the user leaves "value" empty. Money is entered in 万元 and stored in
 * CNY. The document is then checked by the plan service like any other (422 lists every problem).
 */
final class PlanForm {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern OBJECT = Pattern.compile("(\\w+)\\{([^}]*)}");
  private static final Pattern PAIR =
      Pattern.compile("\\b(fraction|component|use|quantity) (\\S+)");
  private static final double WAN = 10_000;

  private PlanForm() {}

  /** Whether the editor offers the entry (it has an effect template). */
  static boolean editable(CatalogueEntry e) {
    String k = e.effect().strip().split("\\s+")[0];
    return List.of("reduce", "substitute", "methane", "generate", "sink").contains(k);
  }

  /** How many numbers ({@code ?}) the entry's template asks for. */
  static int unknowns(CatalogueEntry e) {
    return (int) effectText(e).chars().filter(c -> c == '?').count();
  }

  /** One picked measure: the user's numbers as typed (blank = none). */
  record Pick(
      CatalogueEntry entry,
      @Nullable String value,
      @Nullable String second,
      @Nullable String capexWan,
      @Nullable String opexWan,
      @Nullable String lifetime,
      @Nullable String earliestYear) {}

  /** The settings of the form. */
  record Settings(
      String name,
      int baseYear,
      int to,
      @Nullable String discountRate,
      @Nullable String allowanceFrom,
      @Nullable String allowanceTo,
      @Nullable String electricity,
      @Nullable TargetTemplate template,
      @Nullable String product) {}

  static ObjectNode document(Settings s, List<Pick> picks) {
    ObjectNode doc = F.objectNode();
    doc.put("format", "minecarbon/plan@1");
    doc.put("name", s.name());
    doc.put("baseYear", s.baseYear());
    ObjectNode horizon = doc.putObject("horizon");
    horizon.put("from", s.baseYear() + 1);
    horizon.put("to", s.to());
    number(doc, "discountRate", s.discountRate());
    doc.put("currency", "CNY");
    ObjectNode prices = doc.putObject("prices");
    ArrayNode allowance = prices.putArray("allowance");
    point(allowance, s.baseYear() + 1, s.allowanceFrom());
    point(allowance, s.to(), s.allowanceTo());
    point(prices.putArray("electricity"), s.baseYear() + 1, s.electricity());
    doc.set("targets", targets(s));
    ArrayNode measures = doc.putArray("measures");
    picks.forEach(p -> measures.add(measure(p)));
    return doc;
  }

  private static ArrayNode targets(Settings s) {
    ArrayNode out = F.arrayNode();
    if (s.template() == null) {
      return out;
    }
    for (String part : s.template().targets().split(";")) {
      String[] w = part.strip().split("\\s+");
      ObjectNode t = out.addObject();
      t.put("kind", w[0]);
      if (w[0].equals("intensity") && w.length >= 5) {
        t.put("product", s.product() == null || s.product().isBlank() ? "?" : s.product().strip());
        t.put("year", Integer.parseInt(w[2]));
        t.put("reduction", Double.parseDouble(w[4]));
      } else if (w.length >= 2) {
        t.put("year", Integer.parseInt(w[1]));
      }
    }
    return out;
  }

  static ObjectNode measure(Pick p) {
    CatalogueEntry e = p.entry();
    ObjectNode m = F.objectNode();
    m.put("id", e.id());
    m.put("name", e.zh());
    m.put("category", e.category().code());
    m.put("catalogue", e.id());
    money(m, "capex", p.capexWan());
    money(m, "opex", p.opexWan());
    number(m, "lifetime", p.lifetime());
    number(m, "earliestYear", p.earliestYear());
    ArrayNode effects = m.putArray("effects");
    for (String part : effectText(e).split(";")) {
      effects.add(effect(part.strip(), p.value(), p.second()));
    }
    return m;
  }

  /**
   * One effect from its short form: a {@code ?} of {@code fraction} or {@code quantity} outside
   * braces takes "value" (which also replaces a template's fixed fraction), any other {@code ?}
   * (perUnit, an added row's quantity) takes "second".
   */
  private static ObjectNode effect(String text, @Nullable String value, @Nullable String second) {
    String[] words = text.split("\\s+");
    ObjectNode o = F.objectNode();
    String kind = words[0];
    o.put("kind", kind);
    if (kind.equals("sink") && words.length > 1) {
      o.put("sink", words[1]);
    }
    Matcher obj = OBJECT.matcher(text);
    while (obj.find()) {
      ObjectNode inner = o.putObject(obj.group(1));
      for (String kv : obj.group(2).split(",")) {
        String[] pair = kv.strip().split(":", 2);
        if (pair.length == 2) {
          put(inner, pair[0].strip(), pair[1].strip(), second);
        }
      }
      if (obj.group(1).equals("row") && !inner.has("unit")) {
        inner.put("unit", "MWh"); // the catalogue's added rows are electricity in MWh
      }
    }
    Matcher pm = PAIR.matcher(OBJECT.matcher(text).replaceAll(""));
    while (pm.find()) {
      String key = pm.group(1);
      boolean main = key.equals("fraction") || key.equals("quantity");
      boolean own = main && value != null && !value.isBlank();
      put(o, key, own ? value : pm.group(2), main ? value : second);
    }
    return o;
  }

  private static void put(ObjectNode o, String key, String raw, @Nullable String fill) {
    String v = raw.equals("?") ? (fill == null || fill.isBlank() ? "?" : fill.strip()) : raw;
    Double d = parse(v);
    if (d != null) {
      o.put(key, d);
    } else {
      o.put(key, v); // a code, or a missing number ("?") the plan checks name with its pointer
    }
  }

  /** The template's own fraction (e.g. 0.30 for hydraulic drills, seed 003), shown as a hint. */
  static @Nullable String preset(CatalogueEntry e) {
    Matcher m = Pattern.compile("\\bfraction ([0-9.]+)").matcher(effectText(e));
    return m.find() ? m.group(1) : null;
  }

  /** The template without comments in brackets. */
  static String effectText(CatalogueEntry e) {
    return e.effect().replaceAll("\\([^)]*\\)", "").strip();
  }

  private static void money(ObjectNode o, String field, @Nullable String wan) {
    if (wan != null && !wan.isBlank()) {
      Double v = parse(wan);
      if (v == null) {
        o.put(field, wan.strip());
      } else {
        o.put(field, v * WAN);
      }
    }
  }

  private static void number(ObjectNode o, String field, @Nullable String text) {
    if (text != null && !text.isBlank()) {
      Double v = parse(text);
      if (v == null) {
        o.put(field, text.strip());
      } else if (field.equals("lifetime") || field.equals("earliestYear")) {
        o.put(field, (int) Math.round(v));
      } else {
        o.put(field, v);
      }
    }
  }

  private static void point(ArrayNode path, int year, @Nullable String value) {
    Double v = value == null ? null : parse(value);
    if (v != null) {
      ObjectNode p = path.addObject();
      p.put("year", year);
      p.put("value", v);
    }
  }

  private static @Nullable Double parse(String text) {
    try {
      return Double.valueOf(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The form's numbers per measure id, from request parameters {@code m.<id>.<field>}. */
  static Map<String, Map<String, String>> byMeasure(Map<String, String> params) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith("m.")) {
            int dot = k.lastIndexOf('.');
            if (dot > 2) {
              out.computeIfAbsent(k.substring(2, dot), x -> new LinkedHashMap<>())
                  .put(k.substring(dot + 1), v);
            }
          }
        });
    return out;
  }

  static List<String> picked(Map<String, Map<String, String>> byMeasure) {
    List<String> ids = new ArrayList<>();
    byMeasure.forEach(
        (id, f) -> {
          if ("on".equals(f.get("pick"))) {
            ids.add(id);
          }
        });
    return ids;
  }
}
