package org.minecarbon.io.plan;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.InventoryValidator;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.InventoryReader;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.internal.MeasureReader;
import org.minecarbon.io.plan.internal.PlanFields;
import org.minecarbon.io.table.Limits;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.plan.Target;
import org.minecarbon.planning.plan.YearPath;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan document v1 (contract plan-v1 §1). The embedded inventory goes through io's
 * inventory reader and core's validator, its issues pointed under {@code /inventory}; every other
 * problem carries its JSON Pointer ({@code /measures/3/effects/0/fraction}). Nothing is returned
 * from a document with an error. Semantic checks that need the balance are the planner's.
 */
public final class PlanReader {
  private static final List<String> TARGETS = List.of("peak", "cap", "intensity", "neutral");

  private PlanReader() {}

  public static Result<PlanDocument> read(InputStream in, String name, FactorLibrary library) {
    return Limits.readAll(in, name)
        .flatMap(bytes -> JsonCodec.parse(bytes, name))
        .flatMap(tree -> read(tree, library));
  }

  public static Result<PlanDocument> read(JsonNode root, FactorLibrary library) {
    PlanFields f = new PlanFields();
    if (!root.isObject()) {
      return Result.err(Issue.error(Codes.WRONG_TYPE, "", "a plan must be a JSON object"));
    }
    String format = f.string(root, "format", "", true);
    if (format != null && !format.equals(PlanDocument.FORMAT)) {
      f.add(
          Issue.error(
              Codes.UNKNOWN_FORMAT, "/format", "not a plan document", format, PlanDocument.FORMAT));
    }
    Inventory inventory = inventory(root, library, f);
    Integer baseYear = f.integer(root, "baseYear", "", true, 1900, 2200);
    JsonNode horizon = f.object(root, "horizon", "", true);
    Integer from =
        horizon == null ? null : f.integer(horizon, "from", "/horizon", true, 1900, 2200);
    Integer to = horizon == null ? null : f.integer(horizon, "to", "/horizon", true, 1900, 2200);
    Double rate = f.number(root, "discountRate", "", false, 0, 1);
    String currency = f.string(root, "currency", "", false);
    JsonNode proj = f.object(root, "projection", "", false);
    YearPath production = projection(proj, "production", "index", f);
    YearPath grid = projection(proj, "gridFactor", "value", f);
    JsonNode pricesNode = f.object(root, "prices", "", false);
    Prices prices = pricesNode == null ? Prices.none() : prices(pricesNode, "/prices", f);
    JsonNode allow = f.object(root, "allowances", "", false);
    Double share = allow == null ? null : f.number(allow, "maxShare", "/allowances", false, 0, 1);
    YearPath budget = f.path(root, "budget", "", "value", 0);
    List<Target> targets = targets(root, f);
    List<Measure> measures = measures(root, baseYear == null ? 2000 : baseYear, f);
    JsonNode macc = PlanFields.node(root, "maccYear");
    Integer maccYear = macc == null ? null : f.integer(root, "maccYear", "", false, 1900, 2200);
    if (f.issues().stream().anyMatch(Issue::isError)
        || inventory == null
        || baseYear == null
        || from == null
        || to == null) {
      return Result.err(errorsFirst(f.issues()));
    }
    return Result.of(
        new PlanDocument(
            inventory,
            baseYear,
            from,
            to,
            rate == null ? 0 : rate,
            currency == null ? "CNY" : currency,
            production,
            grid,
            prices,
            share == null ? 1 : share,
            budget,
            targets,
            measures,
            maccYear),
        f.issues());
  }

  private static YearPath projection(
      @Nullable JsonNode proj, String name, String field, PlanFields f) {
    return proj == null ? YearPath.EMPTY : f.path(proj, name, "/projection", field, 0);
  }

  private static List<Measure> measures(JsonNode root, int baseYear, PlanFields f) {
    List<Measure> measures = new ArrayList<>();
    MeasureReader mr = new MeasureReader(f, baseYear);
    List<JsonNode> ms = f.array(root, "measures", "", false);
    for (int i = 0; i < ms.size(); i++) {
      Measure m = mr.measure(ms.get(i), "/measures/" + i);
      if (m != null) {
        measures.add(m);
      }
    }
    return measures;
  }

  private static List<Issue> errorsFirst(List<Issue> issues) {
    List<Issue> out = new ArrayList<>(issues.stream().filter(Issue::isError).toList());
    out.addAll(issues.stream().filter(i -> !i.isError()).toList());
    return out;
  }

  private static @Nullable Inventory inventory(JsonNode root, FactorLibrary library, PlanFields f) {
    JsonNode inv = f.object(root, "inventory", "", true);
    if (inv == null) {
      return null;
    }
    Result<Inventory> r = InventoryReader.read(inv, false);
    if (r instanceof Result.Ok<Inventory> ok) {
      List<Issue> all = new ArrayList<>(ok.warnings());
      all.addAll(InventoryValidator.validate(ok.value(), library));
      all.forEach(i -> f.add(under(i)));
      return all.stream().anyMatch(Issue::isError) ? null : ok.value();
    }
    r.issues().forEach(i -> f.add(under(i)));
    return null;
  }

  private static Issue under(Issue i) {
    return new Issue(
        i.code(),
        i.severity(),
        i.message(),
        "/inventory" + i.pointer(),
        i.value(),
        i.expected(),
        i.location());
  }

  /** A {@code prices} object: allowance, electricity, export and fuel paths. */
  public static Prices prices(JsonNode n, String p, PlanFields f) {
    Map<String, YearPath> fuel = new HashMap<>();
    JsonNode fuels = f.object(n, "fuel", p, false);
    if (fuels != null) {
      for (Map.Entry<String, JsonNode> e : PlanFields.entries(fuels)) {
        String fp = PlanFields.child(PlanFields.child(p, "fuel"), e.getKey());
        String code = Vocabulary.fuels().find(e.getKey()).map(c -> c.code()).orElse(null);
        if (code == null) {
          f.add(
              Issue.error(
                  Codes.UNKNOWN_FUEL,
                  fp,
                  "unknown fuel",
                  e.getKey(),
                  "a fuel code or its Chinese name"));
        } else {
          fuel.put(code, f.path(fuels, e.getKey(), PlanFields.child(p, "fuel"), "value", 0));
        }
      }
    }
    return new Prices(
        f.path(n, "allowance", p, "value", 0),
        f.path(n, "electricity", p, "value", 0),
        f.path(n, "export", p, "value", 0),
        fuel);
  }

  /** Reads a scenario file: a {@code prices} object, alone or as the {@code prices} field. */
  public static Result<Prices> readPrices(InputStream in, String name) {
    return Limits.readAll(in, name)
        .flatMap(bytes -> JsonCodec.parse(bytes, name))
        .flatMap(
            tree -> {
              PlanFields f = new PlanFields();
              JsonNode n = tree.has("prices") ? tree.get("prices") : tree;
              Prices p = prices(n, tree.has("prices") ? "/prices" : "", f);
              return Result.of(p, f.issues());
            });
  }

  private static List<Target> targets(JsonNode root, PlanFields f) {
    List<Target> out = new ArrayList<>();
    List<JsonNode> ts = f.array(root, "targets", "", false);
    for (int i = 0; i < ts.size(); i++) {
      String p = "/targets/" + i;
      JsonNode n = ts.get(i);
      String kind = f.code(n, "kind", p, true, TARGETS);
      Integer year = f.integer(n, "year", p, true, 1900, 2200);
      if (kind == null || year == null) {
        continue;
      }
      Target t =
          switch (kind) {
            case "peak" -> new Target.Peak(year, p);
            case "cap" -> {
              Double max = f.number(n, "max", p, true, 0, Double.MAX_VALUE);
              yield max == null ? null : new Target.Cap(year, max, p);
            }
            case "intensity" -> {
              String product = f.string(n, "product", p, true);
              Double red = f.number(n, "reduction", p, true, 0, 1);
              Integer by = f.integer(n, "baseYear", p, false, 1900, 2200);
              yield product == null || red == null
                  ? null
                  : new Target.Intensity(year, product, red, by, p);
            }
            default -> new Target.Neutral(year, p);
          };
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
