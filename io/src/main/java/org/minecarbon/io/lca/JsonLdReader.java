package org.minecarbon.io.lca;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowProperty;
import org.minecarbon.lca.model.FlowPropertyFactor;
import org.minecarbon.lca.model.FlowType;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;
import tools.jackson.databind.JsonNode;

/**
 * Reads an openLCA JSON-LD package (olca-schema v1 as exported by openLCA 1.x, or v2), zip or
 * folder, into a checked {@link Library}. Every problem is an issue naming the file, the @id and
 * the field ({@code processes/ID.json: exchanges/3/unit}); nothing is returned when any is an
 * error.
 */
public final class JsonLdReader {
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, String> categoryPaths = new HashMap<>();

  private JsonLdReader() {}

  public static Result<Library> read(Path path) {
    JsonLdSource source;
    try {
      source = JsonLdSource.open(path);
    } catch (IOException e) {
      return Result.err(
          Issue.error("LCA_DB_UNREADABLE", path.toString(), "cannot read: " + e.getMessage()));
    }
    return new JsonLdReader().read(source);
  }

  private Result<Library> read(JsonLdSource source) {
    categories(source);
    Map<String, UnitGroup> groups = new LinkedHashMap<>();
    for (Doc d : docs(source, "unit_groups")) {
      unitGroup(d).ifPresent(g -> groups.put(g.id(), g));
    }
    Map<String, FlowProperty> props = new LinkedHashMap<>();
    for (Doc d : docs(source, "flow_properties")) {
      String group = Refs.id(d.node(), "unitGroup");
      if (!groups.containsKey(group)) {
        error("UNKNOWN_REFERENCE", d, "unitGroup", "unit group '" + group + "' not in the package");
        continue;
      }
      props.put(d.id(), new FlowProperty(d.id(), Refs.text(d.node(), "name"), group));
    }
    Map<String, Flow> flows = new LinkedHashMap<>();
    for (Doc d : docs(source, "flows")) {
      flow(d, props).ifPresent(f -> flows.put(f.id(), f));
    }
    Map<String, Unit> units = new HashMap<>();
    groups.values().forEach(g -> g.units().forEach(u -> units.put(u.id(), u)));
    ProcessReader pr = new ProcessReader(flows, props, groups, units, issues);
    List<Doc> processDocs = docs(source, "processes");
    Map<String, Process> processes = new LinkedHashMap<>();
    for (Doc d : processDocs) {
      processes.put(d.id(), pr.process(d, categoryOf(d.node())));
    }
    pr.checkProviders(processes);
    List<Parameter> globals = new ArrayList<>();
    for (Doc d : docs(source, "parameters")) {
      globals.add(ProcessReader.parameter(d.node()));
    }
    if (processes.isEmpty() && issues.stream().noneMatch(Issue::isError)) {
      issues.add(Issue.error("LCA_DB_EMPTY", "processes/", "the package holds no process"));
    }
    var methods =
        new MethodReader(flows, units, issues)
            .read(docs(source, "lcia_methods"), docs(source, "lcia_categories"));
    return Result.of(new Library(groups, props, flows, processes, globals, methods), issues);
  }

  /** One parsed JSON file with its @id. */
  record Doc(String file, String id, JsonNode node) {}

  private List<Doc> docs(JsonLdSource source, String folder) {
    List<Doc> out = new ArrayList<>();
    for (JsonLdSource.Entry e : source.folder(folder)) {
      Result<JsonNode> parsed = JsonCodec.parse(e.bytes(), e.path());
      if (!(parsed instanceof Result.Ok<JsonNode> ok)) {
        parsed.issues().forEach(i -> issues.add(withFile(i, e.path())));
        continue;
      }
      String id = Refs.text(ok.value(), "@id");
      if (id.isBlank()) {
        issues.add(Issue.error("MISSING_ID", e.path() + ": @id", "the entity has no @id"));
        continue;
      }
      out.add(new Doc(e.path(), id, ok.value()));
    }
    return out;
  }

  private static Issue withFile(Issue i, String file) {
    return Issue.error(i.code(), file, i.message());
  }

  private void categories(JsonLdSource source) {
    Map<String, JsonNode> nodes = new HashMap<>();
    for (Doc d : docs(source, "categories")) {
      nodes.put(d.id(), d.node());
    }
    for (String id : nodes.keySet()) {
      categoryPaths.put(id, categoryPath(id, nodes, 0));
    }
  }

  private static String categoryPath(String id, Map<String, JsonNode> nodes, int depth) {
    JsonNode n = nodes.get(id);
    if (n == null || depth > 50) {
      return "";
    }
    String parent = Refs.id(n, "category");
    String name = Refs.text(n, "name");
    String up = parent.isEmpty() ? "" : categoryPath(parent, nodes, depth + 1);
    return up.isEmpty() ? name : up + "/" + name;
  }

  /** v2 stores the category path as text; v1 references a category entity. */
  String categoryOf(JsonNode n) {
    JsonNode c = n.get("category");
    if (c == null || c.isNull()) {
      return "";
    }
    if (c.isString()) {
      return c.asString();
    }
    String id = Refs.text(c, "@id");
    return categoryPaths.getOrDefault(id, Refs.text(c, "name"));
  }

  private Optional<UnitGroup> unitGroup(Doc d) {
    List<Unit> units = new ArrayList<>();
    String ref = "";
    JsonNode list = d.node().get("units");
    for (int i = 0; list != null && i < list.size(); i++) {
      JsonNode u = list.get(i);
      double factor = Refs.number(u, "conversionFactor", Double.NaN);
      String uid = Refs.text(u, "@id");
      if (uid.isBlank() || !(factor > 0) || !Double.isFinite(factor)) {
        error(
            "INVALID_UNIT", d, "units/" + i, "a unit needs an @id and a positive conversionFactor");
        continue;
      }
      units.add(new Unit(uid, Refs.text(u, "name"), factor));
      if (Refs.flag(u, "isRefUnit", "referenceUnit")) {
        ref = uid;
      }
    }
    if (ref.isEmpty()) {
      error("NO_REFERENCE_UNIT", d, "units", "the unit group has no reference unit");
      return Optional.empty();
    }
    return Optional.of(new UnitGroup(d.id(), Refs.text(d.node(), "name"), ref, units));
  }

  private Optional<Flow> flow(Doc d, Map<String, FlowProperty> props) {
    JsonNode n = d.node();
    FlowType type;
    try {
      type = FlowType.valueOf(Refs.text(n, "flowType"));
    } catch (IllegalArgumentException e) {
      error(
          "INVALID_FLOW_TYPE",
          d,
          "flowType",
          "'" + Refs.text(n, "flowType") + "' is not a flow type");
      return Optional.empty();
    }
    List<FlowPropertyFactor> factors = new ArrayList<>();
    JsonNode list = n.get("flowProperties");
    boolean hasRef = false;
    for (int i = 0; list != null && i < list.size(); i++) {
      JsonNode f = list.get(i);
      String prop = Refs.id(f, "flowProperty");
      double factor = Refs.number(f, "conversionFactor", Double.NaN);
      if (!props.containsKey(prop)) {
        error(
            "UNKNOWN_REFERENCE",
            d,
            "flowProperties/" + i + "/flowProperty",
            "flow property '" + prop + "' not in the package");
        continue;
      }
      if (!Double.isFinite(factor) || factor == 0) {
        error(
            "INVALID_FACTOR",
            d,
            "flowProperties/" + i + "/conversionFactor",
            "needs a non-zero number");
        continue;
      }
      boolean ref = Refs.flag(f, "isRefFlowProperty", "referenceFlowProperty");
      hasRef |= ref;
      factors.add(new FlowPropertyFactor(prop, factor, ref));
    }
    if (!hasRef) {
      error(
          "NO_REFERENCE_PROPERTY", d, "flowProperties", "the flow has no reference flow property");
      return Optional.empty();
    }
    return Optional.of(
        new Flow(d.id(), Refs.text(n, "name"), type, categoryOf(n), Refs.text(n, "cas"), factors));
  }

  private void error(String code, Doc d, String field, String message) {
    issues.add(Issue.error(code, d.file() + ": " + field, message + " (@id " + d.id() + ")"));
  }
}
