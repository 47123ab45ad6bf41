package org.minecarbon.meter.rows;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;
import org.minecarbon.meter.registry.MeterKind;

/**
 * Sums of one site's gas meters in one month, per field (10^4 Nm3 pure gas); a field stays absent
 * (null) when no meter of its kind is in the group.
 */
final class GasSums {
  private @Nullable Double ventCh4;
  private @Nullable Double drainCh4;
  private @Nullable Double flared;
  private @Nullable Double utilized;
  private @Nullable Double ventCo2;
  private @Nullable Double drainCo2;
  private double estimated;

  void add(MeterKind kind, double q, double est) {
    switch (kind) {
      case VENTILATION_CH4 -> ventCh4 = plus(ventCh4, q);
      case DRAINAGE_CH4 -> drainCh4 = plus(drainCh4, q);
      case FLARED_CH4 -> flared = plus(flared, q);
      case UTILIZED_CH4 -> utilized = plus(utilized, q);
      case VENTILATION_CO2 -> ventCo2 = plus(ventCo2, q);
      case DRAINAGE_CO2 -> drainCo2 = plus(drainCo2, q);
      default -> throw new IllegalArgumentException("not a gas kind: " + kind);
    }
    estimated += est;
  }

  private static double plus(@Nullable Double sum, double q) {
    return sum == null ? q : sum + q;
  }

  double estimated() {
    return estimated;
  }

  ActivityRow row(String source, RowMeta meta) {
    return switch (source) {
      case "mine-methane" ->
          new ActivityRow.MineMethane(meta, ventCh4, drainCh4, flared, utilized, Units.TEN_K_NM3);
      case "mine-co2" ->
          new ActivityRow.MineCo2(meta, ventCo2, drainCo2, null, Units.TEN_K_NM3, null);
      case "flare" ->
          new ActivityRow.Flare(
              meta,
              new Quantity(flared == null ? 0 : flared, Units.TEN_K_NM3),
              Map.of("CH4", 1.0),
              null);
      default -> throw new IllegalArgumentException("not a gas source: " + source);
    };
  }
}
