package org.minecarbon.io.lca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.result.Issue;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.ImpactCategory;
import org.minecarbon.lca.model.ImpactFactor;
import org.minecarbon.lca.model.ImpactMethod;
import org.minecarbon.lca.model.Unit;
import tools.jackson.databind.JsonNode;

/**
 * Reads LCIA methods ({@code lcia_methods/}) and categories ({@code lcia_categories/}), v1 or v2; a
 * method's category refs resolve against the category files, or are read inline (older v1). Factors
 * are kept by flow @id; a factor on a flow the package lacks is a warning and skipped (method packs
 * cover more flows than a database), a unit outside the package or a non-finite value is an error.
 */
final class MethodReader {
  private final Map<String, Flow> flows;
  private final Map<String, Unit> units;
  private final List<Issue> issues;

  MethodReader(Map<String, Flow> flows, Map<String, Unit> units, List<Issue> issues) {
    this.flows = flows;
    this.units = units;
    this.issues = issues;
  }

  Map<String, ImpactMethod> read(List<JsonLdReader.Doc> methods, List<JsonLdReader.Doc> cats) {
    Map<String, ImpactCategory> categories = new LinkedHashMap<>();
    for (JsonLdReader.Doc d : cats) {
      categories.put(d.id(), category(d.file(), d.id(), d.node()));
    }
    Map<String, ImpactMethod> out = new LinkedHashMap<>();
    for (JsonLdReader.Doc d : methods) {
      List<ImpactCategory> list = new ArrayList<>();
      JsonNode refs = d.node().get("impactCategories");
      for (int i = 0; refs != null && i < refs.size(); i++) {
        JsonNode ref = refs.get(i);
        String id = Refs.text(ref, "@id");
        resolve(d, i, id, ref, categories).ifPresent(list::add);
      }
      out.put(d.id(), new ImpactMethod(d.id(), Refs.text(d.node(), "name"), list));
    }
    return out;
  }

  private Optional<ImpactCategory> resolve(
      JsonLdReader.Doc d, int i, String id, JsonNode ref, Map<String, ImpactCategory> categories) {
    if (categories.containsKey(id)) {
      return Optional.of(categories.get(id));
    }
    if (ref.has("impactFactors") && !id.isBlank()) {
      return Optional.of(category(d.file(), id, ref));
    }
    issues.add(
        Issue.error(
            "UNKNOWN_REFERENCE",
            d.file() + ": impactCategories/" + i,
            "impact category '" + id + "' not in the package (@id " + d.id() + ")"));
    return Optional.empty();
  }

  private ImpactCategory category(String file, String id, JsonNode n) {
    String unit = Refs.text(n, n.has("refUnit") ? "refUnit" : "referenceUnitName");
    List<ImpactFactor> factors = new ArrayList<>();
    JsonNode fs = n.get("impactFactors");
    for (int i = 0; fs != null && i < fs.size(); i++) {
      factor(file, id, i, fs.get(i)).ifPresent(factors::add);
    }
    return new ImpactCategory(id, Refs.text(n, "name"), unit, factors);
  }

  private Optional<ImpactFactor> factor(String file, String category, int i, JsonNode f) {
    String at = file + ": impactFactors/" + i;
    String flow = Refs.id(f, "flow");
    String unit = Refs.id(f, "unit");
    JsonNode value = f.get("value");
    boolean ok = true;
    if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
      issues.add(Issue.error("INVALID_AMOUNT", at + "/value", "needs a finite number"));
      ok = false;
    }
    if (!unit.isEmpty() && !units.containsKey(unit)) {
      issues.add(
          Issue.error("UNKNOWN_UNIT", at + "/unit", "unit '" + unit + "' not in the package"));
      ok = false;
    }
    if (!flows.containsKey(flow)) {
      issues.add(
          Issue.warning(
              "IMPACT_FACTOR_UNKNOWN_FLOW",
              at + "/flow",
              "flow '"
                  + flow
                  + "' not in the package; factor skipped (category "
                  + category
                  + ")"));
      ok = false;
    } else if (!Refs.id(f, "flowProperty").isEmpty()
        && flows.get(flow).property(Refs.id(f, "flowProperty")).isEmpty()) {
      issues.add(
          Issue.error(
              "UNIT_MISMATCH",
              at + "/flowProperty",
              "flow '" + flows.get(flow).name() + "' has no such flow property"));
      ok = false;
    }
    return ok
        ? Optional.of(new ImpactFactor(flow, value.doubleValue(), unit, Refs.id(f, "flowProperty")))
        : Optional.empty();
  }
}
