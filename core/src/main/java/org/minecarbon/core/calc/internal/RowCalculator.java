package org.minecarbon.core.calc.internal;

import java.util.Optional;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.SinkRow;

/** Dispatches each row to the calculator of its source or sink. */
public final class RowCalculator {
  private final CalcContext ctx;

  public RowCalculator(CalcContext ctx) {
    this.ctx = ctx;
  }

  /** The row's line, or empty when a factor is missing (the issue is in the context). */
  public Optional<CalcLine> activity(ActivityRow row) {
    return switch (row) {
      case ActivityRow.Fuel r -> ProcessCalcs.fuel(r, ctx);
      case ActivityRow.Carbonate r -> ProcessCalcs.carbonate(r, ctx);
      case ActivityRow.MassBalance r -> ProcessCalcs.massBalance(r, ctx);
      case ActivityRow.Electricity r -> EnergyCalcs.electricity(r, ctx);
      case ActivityRow.Heat r -> EnergyCalcs.heat(r, ctx);
      case ActivityRow.MineMethane r -> MineCalcs.mineMethane(r, ctx);
      case ActivityRow.MineCo2 r -> MineCalcs.mineCo2(r, ctx);
      case ActivityRow.CoalMethane r -> MineCalcs.coalMethane(r, ctx);
      case ActivityRow.Flare r -> MineCalcs.flare(r, ctx);
      case ActivityRow.Fugitive r -> DirectCalcs.fugitive(r, ctx);
      case ActivityRow.Measured r -> DirectCalcs.measured(r, ctx);
    };
  }

  public Optional<CalcLine> sink(SinkRow row) {
    return switch (row) {
      case SinkRow.Carbonation r -> SinkCalcs.carbonation(r, ctx);
      case SinkRow.Utilization r -> SinkCalcs.utilization(r, ctx);
      case SinkRow.Storage r -> SinkCalcs.storage(r, ctx);
      case SinkRow.Vegetation r -> SinkCalcs.vegetation(r, ctx);
      case SinkRow.Allowance r -> SinkCalcs.allowance(r, ctx);
    };
  }
}
