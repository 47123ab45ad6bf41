package org.minecarbon.io.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.calc.Column;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.json.Nodes;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.Contribution;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.PathShare;
import org.minecarbon.planning.result.Phase;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.PlanStatus;
import org.minecarbon.planning.result.ScenarioResult;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.result.YearResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a plan result v1 (contract plan-v1 §2) in contract field order. An infeasible result has
 * no {@code objective}, {@code adopted} or {@code years}; {@code mps} carries the objective scale
 * and constant of the exported programme (§4).
 */
public final class PlanResultWriter {
  private PlanResultWriter() {}

  public static void write(PlanResult r, OutputStream out) throws IOException {
    JsonCodec.write(tree(r), out);
  }

  public static ObjectNode tree(PlanResult r) {
    ObjectNode root = Nodes.object();
    root.put("format", PlanResult.FORMAT);
    root.put("status", r.status().code());
    Nodes.num(root, "objective", r.objective());
    Nodes.num(root, "gap", r.gap());
    root.put("currency", r.currency());
    Nodes.str(root, "message", r.message());
    if (r.status() != PlanStatus.INFEASIBLE && r.objective() != null) {
      root.set("adopted", adopted(r.adopted()));
      ArrayNode years = root.putArray("years");
      r.years().forEach(y -> years.add(year(y)));
    }
    ArrayNode macc = root.putArray("macc");
    r.macc().forEach(m -> macc.add(macc(m)));
    ArrayNode phases = root.putArray("phases");
    for (Phase p : r.phases()) {
      ObjectNode o = phases.addObject();
      o.put("name", p.name());
      o.put("from", p.from());
      o.put("to", p.to());
    }
    ArrayNode violations = root.putArray("violations");
    for (Violation v : r.violations()) {
      ObjectNode o = violations.addObject();
      o.put("target", v.target());
      o.put("kind", v.kind());
      o.put("year", v.year());
      Nodes.num(o, "shortfall", v.shortfall());
    }
    ObjectNode mps = root.putObject("mps");
    Nodes.num(mps, "objectiveScale", r.objectiveScale());
    Nodes.num(mps, "objectiveConstant", r.objectiveConstant());
    if (!r.scenarios().isEmpty()) {
      ArrayNode sc = root.putArray("scenarios");
      r.scenarios().forEach(s -> sc.add(scenario(s)));
    }
    return root;
  }

  private static ArrayNode adopted(List<Adoption> list) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (Adoption ad : list) {
      ObjectNode o = a.addObject();
      o.put("measure", ad.measure());
      o.put("year", ad.year());
    }
    return a;
  }

  private static ObjectNode year(YearResult y) {
    ObjectNode o = Nodes.object();
    o.put("year", y.year());
    ObjectNode e = o.putObject("emissions");
    Nodes.num(e, "total", y.total());
    for (Column c : Column.EMISSIONS) {
      Nodes.num(e, c.code(), y.emissions().getOrDefault(c, 0.0));
    }
    Nodes.num(o, "removals", y.removals());
    Nodes.num(o, "allowances", y.allowances());
    Nodes.num(o, "net", y.net());
    ObjectNode in = o.putObject("intensity");
    for (Map.Entry<String, Double> i : y.intensity().entrySet()) {
      Nodes.num(in, i.getKey(), i.getValue());
    }
    ObjectNode c = o.putObject("cost");
    Nodes.num(c, "measures", y.cost().measures());
    Nodes.num(c, "energy", y.cost().energy());
    Nodes.num(c, "allowances", y.cost().allowances());
    Nodes.num(c, "total", y.cost().total());
    Nodes.num(c, "discounted", y.cost().discounted());
    Nodes.num(o, "energyBaseline", y.energyBaseline());
    paths(o, y);
    return o;
  }

  /**
   * Extra fields (contract §1: extra fields may be added): the year's exact split by seed-004 path
   * and each active measure's part (docs/planning.md §4).
   */
  private static void paths(ObjectNode o, YearResult y) {
    ObjectNode paths = o.putObject("paths");
    for (PathShare p : y.paths()) {
      ObjectNode po = paths.putObject(p.path().code());
      Nodes.num(po, "reduction", p.reduction());
      Nodes.num(po, "removals", p.removals());
    }
    ArrayNode measures = o.putArray("measures");
    for (Contribution c : y.contributions()) {
      ObjectNode co = measures.addObject();
      co.put("measure", c.measure());
      co.put("path", c.path().code());
      Nodes.num(co, "reduction", c.reduction());
      Nodes.num(co, "removals", c.removals());
    }
  }

  private static ObjectNode macc(MaccEntry m) {
    ObjectNode o = Nodes.object();
    o.put("measure", m.measure());
    o.put("year", m.year());
    Nodes.num(o, "abatement", m.abatement());
    Nodes.num(o, "cost", m.cost());
    Nodes.num(o, "costPerTonne", m.costPerTonne());
    return o;
  }

  private static ObjectNode scenario(ScenarioResult s) {
    ObjectNode o = Nodes.object();
    o.put("name", s.name());
    o.put("status", s.status().code());
    Nodes.num(o, "objective", s.objective());
    o.set("adopted", adopted(s.adopted()));
    return o;
  }
}
