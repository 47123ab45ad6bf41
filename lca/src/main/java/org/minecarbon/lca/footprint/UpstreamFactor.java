package org.minecarbon.lca.footprint;

import java.util.Objects;
import org.minecarbon.core.result.Require;

/**
 * The background footprint of one unit of a purchased input.
 *
 * @param processId {@code @id} of the background process
 * @param processName its name, for traces
 * @param unit the unit the factor is per ({@code kg}, {@code kWh})
 * @param kgCo2ePerUnit cradle-to-gate kg CO2e per {@code unit}
 * @param method the characterisation method ({@code ipcc-ar6-gwp100})
 */
public record UpstreamFactor(
    String processId, String processName, String unit, double kgCo2ePerUnit, String method) {
  public UpstreamFactor {
    Objects.requireNonNull(processId, "processId");
    Objects.requireNonNull(processName, "processName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(method, "method");
    Require.that(Double.isFinite(kgCo2ePerUnit), () -> "factor must be finite: " + kgCo2ePerUnit);
  }
}
