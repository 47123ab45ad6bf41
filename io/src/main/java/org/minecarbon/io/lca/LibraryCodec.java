package org.minecarbon.io.lca;

import static org.minecarbon.io.lca.PreparedLibrary.byId;
import static org.minecarbon.io.lca.PreparedLibrary.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowProperty;
import org.minecarbon.lca.model.FlowPropertyFactor;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.ImpactCategory;
import org.minecarbon.lca.model.ImpactFactor;
import org.minecarbon.lca.model.ImpactMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.Pedigree;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.ProcessType;
import org.minecarbon.lca.model.Uncertainty;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model ↔ JSON mapping of the prepared library. Compact positional arrays: unit group {@code
 * [id, name, refUnit, [[id, name, factor]…]]}, property {@code [id, name, group]}, flow {@code [id,
 * name, type, category, cas, [[property, factor, ref]…]]}, process {@code [id, name, type,
 * category, defaultAllocation, [exchange…], [parameter…], [factor…]]}, exchange {@code [internalId,
 * flow, unit, property, amount, formula, flags (1 input, 2 avoided, 4 reference), provider,
 * uncertainty|null, [pedigree scores…, base]?]}.
 */
final class LibraryCodec {
  private LibraryCodec() {}

  static ObjectNode encode(Library lib) {
    ObjectNode root = JsonCodec.mapper().createObjectNode();
    ArrayNode groups = root.putArray("unitGroups");
    for (UnitGroup g : lib.unitGroups().values()) {
      ArrayNode a = groups.addArray().add(g.id()).add(g.name()).add(g.referenceUnitId());
      ArrayNode us = a.addArray();
      g.units().forEach(u -> us.addArray().add(u.id()).add(u.name()).add(u.factor()));
    }
    ArrayNode props = root.putArray("properties");
    lib.properties()
        .values()
        .forEach(p -> props.addArray().add(p.id()).add(p.name()).add(p.unitGroupId()));
    ArrayNode flows = root.putArray("flows");
    for (Flow f : lib.flows().values()) {
      ArrayNode a =
          flows
              .addArray()
              .add(f.id())
              .add(f.name())
              .add(f.type().name())
              .add(f.category())
              .add(f.cas());
      ArrayNode fs = a.addArray();
      f.properties()
          .forEach(p -> fs.addArray().add(p.propertyId()).add(p.factor()).add(p.reference()));
    }
    ArrayNode processes = root.putArray("processes");
    lib.processes().values().forEach(p -> process(processes.addArray(), p));
    ArrayNode globals = root.putArray("globals");
    lib.globalParameters()
        .forEach(p -> globals.addArray().add(p.name()).add(p.value()).add(p.formula()));
    ArrayNode methods = root.putArray("methods");
    for (ImpactMethod m : lib.methods().values()) {
      ArrayNode cs = methods.addArray().add(m.id()).add(m.name()).addArray();
      for (ImpactCategory c : m.categories()) {
        ArrayNode fs = cs.addArray().add(c.id()).add(c.name()).add(c.refUnit()).addArray();
        c.factors()
            .forEach(
                f ->
                    fs.addArray()
                        .add(f.flowId())
                        .add(f.value())
                        .add(f.unitId())
                        .add(f.propertyId()));
      }
    }
    return root;
  }

  /** [id, name, [[id, name, refUnit, [[flow, value, unit, property]…]]…]]; absent in old files. */
  private static Map<String, ImpactMethod> methods(@Nullable JsonNode all) {
    Map<String, ImpactMethod> out = new LinkedHashMap<>();
    for (int i = 0; all != null && i < all.size(); i++) {
      JsonNode m = all.get(i);
      List<ImpactCategory> cats =
          list(
              m.get(2),
              c ->
                  new ImpactCategory(
                      s(c, 0),
                      s(c, 1),
                      s(c, 2),
                      list(c.get(3), f -> new ImpactFactor(s(f, 0), d(f, 1), s(f, 2), s(f, 3)))));
      out.put(s(m, 0), new ImpactMethod(s(m, 0), s(m, 1), cats));
    }
    return out;
  }

  private static void process(ArrayNode a, Process p) {
    a.add(p.id())
        .add(p.name())
        .add(p.type().name())
        .add(p.category())
        .add(p.defaultAllocation().name());
    ArrayNode ex = a.addArray();
    for (Exchange e : p.exchanges()) {
      int flags = (e.input() ? 1 : 0) | (e.avoided() ? 2 : 0) | (e.quantitativeReference() ? 4 : 0);
      ArrayNode x =
          ex.addArray()
              .add(e.internalId())
              .add(e.flowId())
              .add(e.unitId())
              .add(e.propertyId())
              .add(e.amount())
              .add(e.formula())
              .add(flags)
              .add(e.defaultProviderId());
      uncertainty(x, e.uncertainty());
      e.dataQuality()
          .ifPresent(
              q -> {
                ArrayNode pq = x.addArray();
                q.scores().forEach(pq::add);
                pq.add(q.baseUncertainty());
              });
    }
    ArrayNode ps = a.addArray();
    p.parameters().forEach(q -> ps.addArray().add(q.name()).add(q.value()).add(q.formula()));
    ArrayNode fs = a.addArray();
    p.allocationFactors()
        .forEach(
            f ->
                fs.addArray()
                    .add(f.method().name())
                    .add(f.productFlowId())
                    .add(f.exchangeId())
                    .add(f.value())
                    .add(f.formula()));
  }

  private static void uncertainty(ArrayNode x, @Nullable Uncertainty u) {
    switch (u) {
      case null -> x.addNull();
      case Uncertainty.LogNormal l -> x.addArray().add("L").add(l.geomMean()).add(l.geomSd());
      case Uncertainty.Normal n -> x.addArray().add("N").add(n.mean()).add(n.sd());
      case Uncertainty.Triangle t -> x.addArray().add("T").add(t.min()).add(t.mode()).add(t.max());
      case Uncertainty.Uniform v -> x.addArray().add("U").add(v.min()).add(v.max());
    }
  }

  static Library decode(JsonNode root) {
    var groups =
        list(
            root.get("unitGroups"),
            g ->
                new UnitGroup(
                    s(g, 0),
                    s(g, 1),
                    s(g, 2),
                    list(g.get(3), u -> new Unit(s(u, 0), s(u, 1), d(u, 2)))));
    var props = list(root.get("properties"), p -> new FlowProperty(s(p, 0), s(p, 1), s(p, 2)));
    var flows =
        list(
            root.get("flows"),
            f ->
                new Flow(
                    s(f, 0),
                    s(f, 1),
                    FlowType.valueOf(s(f, 2)),
                    s(f, 3),
                    s(f, 4),
                    list(
                        f.get(5),
                        q -> new FlowPropertyFactor(s(q, 0), d(q, 1), q.get(2).asBoolean()))));
    var processes = list(root.get("processes"), LibraryCodec::process);
    var globals = list(root.get("globals"), LibraryCodec::parameter);
    return new Library(
        byId(groups, UnitGroup::id),
        byId(props, FlowProperty::id),
        byId(flows, Flow::id),
        byId(processes, Process::id),
        globals,
        methods(root.get("methods")));
  }

  private static Process process(JsonNode p) {
    var exchanges =
        list(
            p.get(5),
            x -> {
              int flags = x.get(6).asInt();
              return new Exchange(
                  s(x, 0),
                  s(x, 1),
                  s(x, 2),
                  s(x, 3),
                  d(x, 4),
                  s(x, 5),
                  (flags & 1) != 0,
                  (flags & 2) != 0,
                  (flags & 4) != 0,
                  s(x, 7),
                  uncertainty(x.get(8)),
                  pedigree(x.get(9)));
            });
    var factors =
        list(
            p.get(7),
            f ->
                new AllocationFactor(
                    AllocationMethod.valueOf(s(f, 0)), s(f, 1), s(f, 2), d(f, 3), s(f, 4)));
    return new Process(
        s(p, 0),
        s(p, 1),
        ProcessType.valueOf(s(p, 2)),
        s(p, 3),
        exchanges,
        list(p.get(6), LibraryCodec::parameter),
        AllocationMethod.valueOf(s(p, 4)),
        factors);
  }

  private static Parameter parameter(JsonNode q) {
    return new Parameter(s(q, 0), d(q, 1), s(q, 2));
  }

  /** [r, c, t, g, te, base] or absent (libraries written before pedigrees were kept). */
  private static @Nullable Pedigree pedigree(@Nullable JsonNode q) {
    if (q == null || !q.isArray() || q.size() != 6) {
      return null;
    }
    List<Integer> scores = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      scores.add(q.get(i).asInt());
    }
    return new Pedigree(scores, q.get(5).asDouble());
  }

  private static @Nullable Uncertainty uncertainty(@Nullable JsonNode u) {
    if (u == null || u.isNull()) {
      return null;
    }
    return switch (s(u, 0)) {
      case "L" -> new Uncertainty.LogNormal(d(u, 1), d(u, 2));
      case "N" -> new Uncertainty.Normal(d(u, 1), d(u, 2));
      case "T" -> new Uncertainty.Triangle(d(u, 1), d(u, 2), d(u, 3));
      default -> new Uncertainty.Uniform(d(u, 1), d(u, 2));
    };
  }

  private static String s(JsonNode a, int i) {
    return a.get(i).asString();
  }

  private static double d(JsonNode a, int i) {
    return a.get(i).doubleValue();
  }
}
