package org.minecarbon.lca.lcia;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.lca.model.Flow;
import org.minecarbon.lca.result.FlowResult;
import org.minecarbon.lca.result.ImpactResult;

/**
 * IPCC GWP100 characterisation: kg CO2e = Σ over emissions to air of (signed kg of gas × GWP100),
 * with the gas from {@link GasMapping} and the value from core's {@link GwpTable}.
 */
public final class GwpMethod {
  private static final Map<String, GwpSet> METHODS =
      Map.of("ipcc-ar6-gwp100", GwpSet.AR6, "ipcc-ar5-gwp100", GwpSet.AR5);

  private final String id;
  private final GwpSet set;

  private GwpMethod(String id, GwpSet set) {
    this.id = id;
    this.set = set;
  }

  /** {@code ipcc-ar6-gwp100} or {@code ipcc-ar5-gwp100}. */
  public static Optional<GwpMethod> of(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(METHODS.get(key)).map(s -> new GwpMethod(key, s));
  }

  public static List<String> ids() {
    return List.of("ipcc-ar6-gwp100", "ipcc-ar5-gwp100");
  }

  /** The characterisation factor (kg CO2e per reference unit) of a flow, if it has one. */
  public Optional<Double> factor(Flow flow) {
    return GasMapping.standard()
        .gasOf(flow)
        .filter(g -> !g.gas().isEmpty())
        .flatMap(g -> GwpTable.standard().lookup(g.gas(), set, g.fossil()))
        .map(g -> g.value());
  }

  /** Characterises an inventory; {@code flows} maps flow @id to its flow. */
  public ImpactResult characterise(List<FlowResult> inventory, Map<String, Flow> flows) {
    double total = 0;
    for (FlowResult r : inventory) {
      Flow f = flows.get(r.id());
      if (f != null) {
        total += factor(f).map(cf -> cf * r.signed()).orElse(0.0);
      }
    }
    return new ImpactResult(id, "climate change", total, "kg CO2e");
  }
}
