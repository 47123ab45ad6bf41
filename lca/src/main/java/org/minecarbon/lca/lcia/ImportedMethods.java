package org.minecarbon.lca.lcia;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.model.FlowPropertyFactor;
import org.minecarbon.lca.model.ImpactCategory;
import org.minecarbon.lca.model.ImpactFactor;
import org.minecarbon.lca.model.ImpactMethod;
import org.minecarbon.lca.model.Library;
import org.minecarbon.lca.model.Unit;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;

/**
 * LCIA methods carried in the imported database, matched to flows by @id only. A factor stated per
 * unit u of flow property p is converted to the flow's reference unit as openLCA does: CF_ref =
 * value × propertyFactor(p) ÷ unitFactor(u) (the inverse of an exchange's conversion). An impact is
 * Σ CF_ref × the flow's amount in its direction (inputs and outputs both positive), as openLCA's
 * characterisation matrix does by negating factors of input flows.
 */
public final class ImportedMethods {
  private ImportedMethods() {}

  /** CF per reference unit by flow @id; factors on flows missing from the library are skipped. */
  public static Map<String, Double> factors(Library lib, ImpactCategory category) {
    Map<String, Double> out = new HashMap<>();
    for (ImpactFactor f : category.factors()) {
      Flow flow = lib.flows().get(f.flowId());
      if (flow == null) {
        continue;
      }
      double unit =
          f.unitId().isEmpty() ? 1 : lib.unit(f.unitId()).map(Unit::factor).orElse(Double.NaN);
      Optional<FlowPropertyFactor> prop =
          f.propertyId().isEmpty() ? flow.referenceProperty() : flow.property(f.propertyId());
      double pf = prop.map(FlowPropertyFactor::factor).orElse(Double.NaN);
      out.merge(flow.id(), f.value() * pf / unit, Double::sum);
    }
    return out;
  }

  /** One result per category of {@code method}. */
  public static List<ImpactResult> characterise(
      Library lib, ImpactMethod method, List<FlowResult> inventory) {
    List<ImpactResult> out = new ArrayList<>();
    for (ImpactCategory c : method.categories()) {
      Map<String, Double> cf = factors(lib, c);
      double total = 0;
      for (FlowResult r : inventory) {
        total += cf.getOrDefault(r.id(), 0.0) * r.amount();
      }
      out.add(new ImpactResult(method.id(), c.name(), total, c.refUnit()));
    }
    return out;
  }

  /** The category an indicator names: a category @id, or a method with a single category. */
  public static Optional<ImpactCategory> category(Library lib, String indicator) {
    for (ImpactMethod m : lib.methods().values()) {
      if (m.id().equals(indicator) && m.categories().size() == 1) {
        return Optional.of(m.categories().get(0));
      }
      for (ImpactCategory c : m.categories()) {
        if (c.id().equals(indicator)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
