package org.minecarbon.app.plan.internal;

import java.time.Duration;
import java.util.Map;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.plan.PlanResultWriter;
import org.minecarbon.planning.PlanRun;
import org.minecarbon.planning.Planner;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.Prices;
import org.minecarbon.planning.solver.Solvers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario comparison of a run: the plan under its own prices and paths ({@code central}) and
 * solved again, whole, under each scenario's prices and production / grid-factor paths. Per
 * scenario: status, objective, abatement = Σ over plan years of (the scenario's baseline E(t) −
 * planned E(t)), allowances = Σ B(t) (tCO2e), planned emissions in 2030 and 2060 (where in the
 * horizon), the measures adopted (id, year), and the allowance price in the MACC year (the line the
 * MACC chart draws against each measure's break-even price).
 */
final class PlanScenarios {
  static final String CENTRAL = "central";

  private PlanScenarios() {}

  static ArrayNode compare(
      FactorLibrary library,
      PlanDocument doc,
      PlanRun base,
      Map<String, PlanDocument> scenarios,
      Duration timeLimit) {
    ArrayNode out = JsonCodec.mapper().createArrayNode();
    JsonNode baseTree = PlanResultWriter.tree(base.result());
    int maccYear =
        baseTree.path("macc").path(0).path("year").asInt(Math.min(doc.to(), doc.from() + 5));
    out.add(row(CENTRAL, baseTree, base, doc.prices(), maccYear));
    for (var s : scenarios.entrySet()) {
      PlanDocument d = s.getValue();
      Result<PlanRun> run = new Planner(library, Solvers.scip()).plan(d, timeLimit, Map.of());
      if (run instanceof Result.Ok<PlanRun> ok) {
        out.add(
            row(
                s.getKey(),
                PlanResultWriter.tree(ok.value().result()),
                ok.value(),
                d.prices(),
                maccYear));
      } else {
        ObjectNode o = out.addObject();
        o.put("name", s.getKey());
        o.put("status", "invalid");
      }
    }
    return out;
  }

  private static ObjectNode row(
      String name, JsonNode tree, PlanRun run, Prices prices, int maccYear) {
    ObjectNode o = JsonCodec.mapper().createObjectNode();
    o.put("name", name);
    o.put("status", tree.path("status").asString(""));
    o.put("price", prices.allowance().at(maccYear));
    o.put("maccYear", maccYear);
    if (!tree.has("objective")) {
      return o;
    }
    o.put("objective", tree.path("objective").asDouble());
    double abatement = 0;
    double allowances = 0;
    JsonNode years = tree.path("years");
    for (int k = 0; k < years.size(); k++) {
      abatement +=
          run.projection().emissions(k) - years.get(k).path("emissions").path("total").asDouble();
      allowances += years.get(k).path("allowances").asDouble();
    }
    o.put("abatement", abatement);
    o.put("allowances", allowances);
    o.put("adopted", tree.path("adopted").size());
    o.set("measures", tree.path("adopted").deepCopy());
    ObjectNode at = o.putObject("emissionsIn");
    for (JsonNode y : years) {
      int year = y.path("year").asInt();
      if (year == 2030 || year == 2060) {
        at.put(Integer.toString(year), y.path("emissions").path("total").asDouble());
      }
    }
    return o;
  }
}
