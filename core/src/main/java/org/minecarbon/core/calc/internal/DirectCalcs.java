package org.minecarbon.core.calc.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.unit.Quantity;
import org.minecarbon.core.unit.Units;

/** Rows that state a gas mass directly: other fugitive releases and measured (CEMS) emissions. */
final class DirectCalcs {
  private DirectCalcs() {}

  /** CO2e = mass × GWP; the gas picks the fugitive column. */
  static Optional<CalcLine> fugitive(ActivityRow.Fugitive r, CalcContext ctx) {
    String gas = canonical(r.gas());
    return gasLine(r.meta(), "fugitive", gas, r.quantity(), r.fossil(), fugitiveColumn(gas), ctx);
  }

  /** CO2e = measured mass × GWP; the category (and for fugitive the gas) picks the column. */
  static Optional<CalcLine> measured(ActivityRow.Measured r, CalcContext ctx) {
    String gas = canonical(r.gas());
    Column column =
        switch (r.category()) {
          case FUEL -> Column.FUEL;
          case CARBONATE -> Column.CARBONATE;
          case FUGITIVE -> fugitiveColumn(gas);
        };
    return gasLine(r.meta(), "measured", gas, r.quantity(), r.fossil(), column, ctx);
  }

  private static Optional<CalcLine> gasLine(
      RowMeta meta,
      String source,
      String gas,
      Quantity quantity,
      @Nullable Boolean fossil,
      Column column,
      CalcContext ctx) {
    LineBuilder b = new LineBuilder(meta, source, ctx);
    b.term(gas, quantity.in(Units.T), "t", 1);
    if (!gas.equals("CO2")) {
      Optional<Factor> gwp = ctx.gwp(gas, fossil == null || fossil, meta.pointer() + "/gas");
      if (gwp.isEmpty()) {
        return Optional.empty();
      }
      b.gwp(gwp.get());
    }
    return Optional.of(b.build(column, gas, "CO2e = m × GWP"));
  }

  static Column fugitiveColumn(String gas) {
    return switch (gas) {
      case "CH4" -> Column.FUGITIVE_CH4;
      case "CO2" -> Column.FUGITIVE_CO2;
      default -> Column.FUGITIVE_OTHER;
    };
  }

  private static String canonical(String gas) {
    return GwpTable.standard().canonicalGas(gas).orElse(gas);
  }
}
