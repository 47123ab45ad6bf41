package org.minecarbon.io.plan.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.json.RowReader;
import org.minecarbon.planning.plan.Category;
import org.minecarbon.planning.plan.Effect;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads {@code measures[]} with their effects (contract §1.3). */
public final class MeasureReader {
  private static final List<String> KINDS =
      List.of("reduce", "substitute", "methane", "generate", "add", "sink");
  private static final List<String> SINKS =
      List.of("storage", "utilization", "vegetation", "carbonation");

  private final PlanFields f;
  private final int baseYear;

  public MeasureReader(PlanFields f, int baseYear) {
    this.f = f;
    this.baseYear = baseYear;
  }

  public @Nullable Measure measure(JsonNode n, String p) {
    int before = f.issues().size();
    if (!n.isObject()) {
      f.add(
          Issue.error(
              Codes.WRONG_TYPE, p, "a measure must be an object", n.toString(), "an object"));
      return null;
    }
    String id = f.string(n, "id", p, true);
    String name = f.string(n, "name", p, false);
    String cat = f.code(n, "category", p, true, Category.codes());
    Double capex = f.number(n, "capex", p, true, 0, Double.MAX_VALUE);
    Integer lifetime = f.integer(n, "lifetime", p, true, 1, 1000);
    Double opex = f.number(n, "opex", p, false, -Double.MAX_VALUE, Double.MAX_VALUE);
    Integer earliest = f.integer(n, "earliestYear", p, false, 1900, 2200);
    String group = f.string(n, "group", p, false);
    List<String> requires = new ArrayList<>();
    List<JsonNode> req = f.array(n, "requires", p, false);
    for (int i = 0; i < req.size(); i++) {
      if (req.get(i).isString()) {
        requires.add(req.get(i).stringValue());
      } else {
        f.add(
            Issue.error(
                Codes.WRONG_TYPE,
                PlanFields.child(PlanFields.child(p, "requires"), i),
                "a measure id must be a string",
                req.get(i).toString(),
                "a string"));
      }
    }
    List<Effect> effects = new ArrayList<>();
    List<JsonNode> eff = f.array(n, "effects", p, true);
    for (int i = 0; i < eff.size(); i++) {
      Effect e = effect(eff.get(i), PlanFields.child(PlanFields.child(p, "effects"), i));
      if (e != null) {
        effects.add(e);
      }
    }
    if (f.issues().stream().skip(before).anyMatch(Issue::isError)
        || id == null
        || cat == null
        || capex == null
        || lifetime == null) {
      return null;
    }
    return new Measure(
        id,
        name,
        Category.fromCode(cat).orElseThrow(),
        capex,
        lifetime,
        opex == null ? 0 : opex,
        earliest,
        group,
        requires,
        effects,
        p);
  }

  private @Nullable Effect effect(JsonNode n, String p) {
    if (!n.isObject()) {
      f.add(
          Issue.error(
              Codes.WRONG_TYPE, p, "an effect must be an object", n.toString(), "an object"));
      return null;
    }
    String kind = f.code(n, "kind", p, true, KINDS);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "reduce" -> reduce(n, p);
      case "substitute" -> substitute(n, p);
      case "methane" -> methane(n, p);
      case "generate" -> generate(n, p);
      case "add" -> add(n, p);
      default -> sink(n, p);
    };
  }

  private @Nullable Effect reduce(JsonNode n, String p) {
    Select s = select(n, p);
    Double fr = f.number(n, "fraction", p, true, 0, 1);
    return s == null || fr == null ? null : new Effect.Reduce(s, fr, p);
  }

  private @Nullable Effect substitute(JsonNode n, String p) {
    Select s = select(n, p);
    Double fr = f.number(n, "fraction", p, true, 0, 1);
    JsonNode to = f.object(n, "to", p, true);
    Effect.Replacement r = to == null ? null : replacement(to, PlanFields.child(p, "to"));
    return s == null || fr == null || r == null ? null : new Effect.Substitute(s, fr, r, p);
  }

  private Effect.@Nullable Replacement replacement(JsonNode n, String p) {
    String source = f.code(n, "source", p, true, List.of("electricity", "fuel"));
    String fuel = f.string(n, "fuel", p, "fuel".equals(source));
    String canonical = null;
    if (fuel != null) {
      canonical = Vocabulary.fuels().find(fuel).map(e -> e.code()).orElse(null);
      if (canonical == null) {
        f.add(
            Issue.error(
                Codes.UNKNOWN_FUEL,
                PlanFields.child(p, "fuel"),
                "unknown fuel",
                fuel,
                "a fuel code"));
      }
    }
    Double per = f.number(n, "perUnit", p, true, 0, Double.MAX_VALUE);
    String unit = f.string(n, "unit", p, true);
    if (unit != null
        && (!unit.contains("/")
            || !List.of("MWh", "t", "10^4Nm3").contains(unit.substring(0, unit.indexOf('/')))
            || ("electricity".equals(source) != unit.startsWith("MWh/")))) {
      f.add(
          Issue.error(
              Codes.WRONG_UNIT,
              PlanFields.child(p, "unit"),
              "unit must be new unit per matched unit",
              unit,
              "MWh/t, MWh/10^4Nm3, MWh/MWh, t/t, 10^4Nm3/t …"));
      return null;
    }
    if (source == null || per == null || unit == null || (fuel != null && canonical == null)) {
      return null;
    }
    return new Effect.Replacement(source, canonical, per, unit);
  }

  private @Nullable Effect methane(JsonNode n, String p) {
    Select s = select(n, p);
    Double fr = f.number(n, "fraction", p, true, 0, 1);
    String comp = f.code(n, "component", p, false, List.of("ventilation", "drainage", "both"));
    String use = f.code(n, "use", p, true, List.of("flare", "oxidation", "power", "heat"));
    if (s == null || fr == null || use == null) {
      return null;
    }
    Effect.Component c =
        comp == null
            ? Effect.Component.BOTH
            : Effect.Component.valueOf(comp.toUpperCase(java.util.Locale.ROOT));
    return new Effect.Methane(
        s, fr, c, Effect.Use.valueOf(use.toUpperCase(java.util.Locale.ROOT)), p);
  }

  private @Nullable Effect generate(JsonNode n, String p) {
    Double q = f.number(n, "quantity", p, true, 0, Double.MAX_VALUE);
    String site = f.string(n, "site", p, false);
    return q == null ? null : new Effect.Generate(q, site, p);
  }

  private @Nullable Effect add(JsonNode n, String p) {
    JsonNode row = f.object(n, "row", p, true);
    if (row == null) {
      return null;
    }
    ObjectNode copy = ((ObjectNode) row).deepCopy();
    copy.put("period", Integer.toString(baseYear));
    RowReader reader = new RowReader();
    ActivityRow r = reader.activity(copy, PlanFields.child(p, "row"));
    reader.takeIssues().forEach(f::add);
    return r == null ? null : new Effect.Add(r, p);
  }

  private @Nullable Effect sink(JsonNode n, String p) {
    String sink = f.code(n, "sink", p, true, SINKS);
    Double q = f.number(n, "quantity", p, true, 0, Double.MAX_VALUE);
    if (sink == null || q == null) {
      return null;
    }
    return new Effect.Sink(SinkType.fromCode(sink).orElseThrow(), q, p);
  }

  private @Nullable Select select(JsonNode n, String p) {
    JsonNode s = f.object(n, "select", p, true);
    if (s == null) {
      return null;
    }
    String sp = PlanFields.child(p, "select");
    return new Select(
        f.string(s, "source", sp, false),
        f.string(s, "fuel", sp, false),
        f.string(s, "site", sp, false),
        f.string(s, "stage", sp, false),
        f.string(s, "id", sp, false));
  }
}
