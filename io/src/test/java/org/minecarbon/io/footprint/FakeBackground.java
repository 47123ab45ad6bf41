package org.minecarbon.io.footprint;

import java.util.Map;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.lca.footprint.Background;
import org.minecarbon.lca.footprint.UpstreamFactor;

/**
 * A background with hand-set factors, standing in for the LCA engine (kg CO2e per unit):
 *
 * <ul>
 *   <li>{@code proc-diesel}: 0.5 kg CO2e per kg of diesel at the refinery gate
 *   <li>{@code proc-power-upstream}: 0.04 kg CO2e per kWh (fuel supply of grid power only)
 *   <li>{@code proc-anfo}: 2.0 kg CO2e per kg of explosive at the plant gate
 * </ul>
 */
final class FakeBackground implements Background {
  static final String METHOD = "ipcc-ar6-gwp100";

  private record Entry(String name, String unit, double factor) {}

  private static final Map<String, Entry> PROCESSES =
      Map.of(
          "proc-diesel", new Entry("Diesel, at refinery", "kg", 0.5),
          "proc-power-upstream", new Entry("Fuel supply of grid power", "kWh", 0.04),
          "proc-anfo", new Entry("Explosive, ANFO, at plant", "kg", 2.0));

  @Override
  public Result<UpstreamFactor> perUnit(String processId, String unit) {
    Entry e = PROCESSES.get(processId);
    if (e == null) {
      return Result.err(Issue.error("UNKNOWN_PROCESS", "", "no such process", processId, ""));
    }
    if (!e.unit().equals(unit)) {
      return Result.err(Issue.error("WRONG_UNIT", "", "process is in " + e.unit(), unit, e.unit()));
    }
    return Result.ok(new UpstreamFactor(processId, e.name(), unit, e.factor(), METHOD));
  }
}
