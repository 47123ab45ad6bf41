package org.minecarbon.io.lca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Issue;
import org.minecarbon.lca.model.AllocationFactor;
import org.minecarbon.lca.model.AllocationMethod;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowProperty;
import org.minecarbon.lca.model.Parameter;
import org.minecarbon.lca.model.Pedigree;
import org.minecarbon.lca.model.Process;
import org.minecarbon.lca.model.ProcessType;
import org.minecarbon.lca.model.Uncertainty;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.model.UnitGroup;
import tools.jackson.databind.JsonNode;

/** Reads processes (exchanges, parameters, allocation factors, uncertainty) in v1 or v2 layout. */
final class ProcessReader {
  private final Map<String, Flow> flows;
  private final Map<String, FlowProperty> props;
  private final Map<String, UnitGroup> groups;
  private final Map<String, Unit> units;
  private final List<Issue> issues;
  private final List<String[]> providerRefs = new ArrayList<>();

  ProcessReader(
      Map<String, Flow> flows,
      Map<String, FlowProperty> props,
      Map<String, UnitGroup> groups,
      Map<String, Unit> units,
      List<Issue> issues) {
    this.flows = flows;
    this.props = props;
    this.groups = groups;
    this.units = units;
    this.issues = issues;
  }

  Process process(JsonLdReader.Doc d, String category) {
    JsonNode n = d.node();
    List<Exchange> exchanges = new ArrayList<>();
    JsonNode list = n.get("exchanges");
    int refs = 0;
    for (int i = 0; list != null && i < list.size(); i++) {
      Optional<Exchange> e = exchange(d, i, list.get(i));
      if (e.isPresent()) {
        exchanges.add(e.get());
        refs += e.get().quantitativeReference() ? 1 : 0;
      }
    }
    if (refs != 1) {
      error("NO_QUANTITATIVE_REFERENCE", d, "exchanges", refs + " quantitative references, need 1");
    }
    List<Parameter> params = new ArrayList<>();
    JsonNode ps = n.get("parameters");
    for (int i = 0; ps != null && i < ps.size(); i++) {
      params.add(parameter(ps.get(i)));
    }
    ProcessType type =
        Refs.text(n, "processType").equals("LCI_RESULT")
            ? ProcessType.LCI_RESULT
            : ProcessType.UNIT_PROCESS;
    AllocationMethod def =
        AllocationMethod.fromJson(Refs.text(n, "defaultAllocationMethod"))
            .orElse(AllocationMethod.NONE);
    return new Process(
        d.id(),
        Refs.text(n, "name"),
        type,
        category,
        exchanges,
        params,
        def,
        factors(d, exchanges));
  }

  static Parameter parameter(JsonNode p) {
    return new Parameter(
        Refs.text(p, "name").isBlank() ? "?" : Refs.text(p, "name"),
        Refs.number(p, "value", 0),
        Refs.text(p, "formula"));
  }

  private Optional<Exchange> exchange(JsonLdReader.Doc d, int i, JsonNode e) {
    String at = "exchanges/" + i;
    Flow flow = flows.get(Refs.id(e, "flow"));
    if (flow == null) {
      error(
          "UNKNOWN_FLOW", d, at + "/flow", "flow '" + Refs.id(e, "flow") + "' not in the package");
      return Optional.empty();
    }
    String unitId = Refs.id(e, "unit");
    String propId = Refs.id(e, "flowProperty");
    if (propId.isEmpty()) {
      propId = flow.referenceProperty().map(p -> p.propertyId()).orElse("");
    }
    Unit unit = units.get(unitId);
    boolean ok = true;
    if (unit == null) {
      error("UNKNOWN_UNIT", d, at + "/unit", "unit '" + unitId + "' not in the package");
      ok = false;
    }
    if (flow.property(propId).isEmpty()) {
      error(
          "UNIT_MISMATCH",
          d,
          at + "/flowProperty",
          "flow '" + flow.name() + "' has no flow property '" + propId + "'");
      ok = false;
    } else if (unit != null && !inGroup(unit, props.get(propId))) {
      error(
          "UNIT_MISMATCH",
          d,
          at + "/unit",
          "unit '" + unit.name() + "' is not a unit of flow property '" + propId + "'");
      ok = false;
    }
    JsonNode amount = e.get("amount");
    if (amount == null || !amount.isNumber() || !Double.isFinite(amount.doubleValue())) {
      error("INVALID_AMOUNT", d, at + "/amount", "needs a finite number");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String internal = e.has("internalId") ? Refs.text(e, "internalId") : Refs.text(e, "@id");
    String provider = Refs.id(e, "defaultProvider");
    if (!provider.isEmpty()) {
      providerRefs.add(new String[] {d.file(), at + "/defaultProvider", provider});
    }
    return Optional.of(
        new Exchange(
            internal.isBlank() ? String.valueOf(i) : internal,
            flow.id(),
            unitId,
            propId,
            amount.doubleValue(),
            Refs.text(e, "amountFormula"),
            Refs.flag(e, "isInput", "input"),
            Refs.flag(e, "isAvoidedProduct", "avoidedProduct"),
            Refs.flag(e, "isQuantitativeReference", "quantitativeReference"),
            provider,
            uncertainty(e.get("uncertainty")),
            pedigree(e, d, at)));
  }

  /**
   * v1 {@code pedigreeUncertainty} / v2 {@code dqEntry} ("(1;3;1;2;1)") with {@code
   * baseUncertainty}; an entry that is not five scores 1..5 is a warning and ignored.
   */
  private @Nullable Pedigree pedigree(JsonNode e, JsonLdReader.Doc d, String at) {
    String field = e.has("dqEntry") ? "dqEntry" : "pedigreeUncertainty";
    String entry = Refs.text(e, field);
    if (entry.isBlank()) {
      return null;
    }
    double base = Refs.number(e, "baseUncertainty", 0);
    Optional<Pedigree> p = Pedigree.parse(entry, base);
    if (p.isEmpty()) {
      issues.add(
          Issue.warning(
              "INVALID_PEDIGREE",
              d.file() + ": " + at + "/" + field,
              "'" + entry + "' is not five scores 1..5 (base uncertainty " + base + "); ignored"));
    }
    return p.orElse(null);
  }

  private boolean inGroup(Unit unit, @Nullable FlowProperty p) {
    UnitGroup g = p == null ? null : groups.get(p.unitGroupId());
    return g != null && g.units().contains(unit);
  }

  static @Nullable Uncertainty uncertainty(@Nullable JsonNode u) {
    if (u == null || !u.isObject()) {
      return null;
    }
    return switch (Refs.text(u, "distributionType")) {
      case "LOG_NORMAL_DISTRIBUTION" ->
          new Uncertainty.LogNormal(Refs.number(u, "geomMean", 0), Refs.number(u, "geomSd", 1));
      case "NORMAL_DISTRIBUTION" ->
          new Uncertainty.Normal(Refs.number(u, "mean", 0), Refs.number(u, "sd", 0));
      case "TRIANGLE_DISTRIBUTION" ->
          new Uncertainty.Triangle(
              Refs.number(u, "minimum", 0),
              Refs.number(u, "mode", 0),
              Refs.number(u, "maximum", 0));
      case "UNIFORM_DISTRIBUTION" ->
          new Uncertainty.Uniform(Refs.number(u, "minimum", 0), Refs.number(u, "maximum", 0));
      default -> null;
    };
  }

  /**
   * Allocation factors. v2 names the product ({@code product}) and, for causal factors, the
   * exchange ({@code exchange.internalId}); v1 (openLCA 1.5) exports name the exchange's flow only
   * and often no product: such factors cannot be attributed and are skipped.
   */
  private List<AllocationFactor> factors(JsonLdReader.Doc d, List<Exchange> exchanges) {
    List<AllocationFactor> out = new ArrayList<>();
    JsonNode list = d.node().get("allocationFactors");
    for (int i = 0; list != null && i < list.size(); i++) {
      JsonNode f = list.get(i);
      var method = AllocationMethod.fromJson(Refs.text(f, "allocationType"));
      String product = Refs.id(f, "product");
      if (product.isEmpty()) {
        product = Refs.id(f, "productExchange");
      }
      if (method.isEmpty() || product.isEmpty()) {
        continue;
      }
      JsonNode ex = f.get("exchange");
      String exchange = "";
      if (ex != null && ex.isObject()) {
        exchange = ex.has("internalId") ? Refs.text(ex, "internalId") : Refs.id(ex, "flow");
      }
      out.add(
          new AllocationFactor(
              method.get(),
              product,
              exchange,
              Refs.number(f, "value", 1),
              Refs.text(f, "formula")));
    }
    return out;
  }

  /** Every default provider must be a process of the package. */
  void checkProviders(Map<String, Process> processes) {
    for (String[] ref : providerRefs) {
      if (!processes.containsKey(ref[2])) {
        issues.add(
            Issue.error(
                "UNKNOWN_PROVIDER",
                ref[0] + ": " + ref[1],
                "process '" + ref[2] + "' not in the package"));
      }
    }
  }

  private void error(String code, JsonLdReader.Doc d, String field, String message) {
    issues.add(Issue.error(code, d.file() + ": " + field, message + " (@id " + d.id() + ")"));
  }
}
