package org.minecarbon.lca.footprint.internal;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.lca.footprint.Origin;

/**
 * The balance engine's lines of one year as footprint parts: tCO2e × 1000 = kg CO2e. Electricity
 * and heat lines are {@link Origin#ELECTRICITY}, other emission lines {@link Origin#DIRECT},
 * physical removals {@link Origin#REMOVALS} (negative); allowances never enter (ISO 14067).
 */
final class DirectParts {
  private static final double KG_PER_T = 1000.0;

  private DirectParts() {}

  static List<Part> of(Calculation calculation, int year) {
    List<Part> parts = new ArrayList<>();
    for (CalcLine line : calculation.lines()) {
      if (line.year() != year || line.column() == Column.ALLOWANCE) {
        continue;
      }
      Origin origin = origin(line.column());
      double kg = line.co2e() * KG_PER_T * (origin == Origin.REMOVALS ? -1 : 1);
      parts.add(
          new Part(
              line.row().label(), line.row().pointer(), line.stage(), line.site(), origin, kg));
    }
    return parts;
  }

  private static Origin origin(Column column) {
    if (column.isRemoval()) {
      return Origin.REMOVALS;
    }
    return column.isScope2() ? Origin.ELECTRICITY : Origin.DIRECT;
  }
}
