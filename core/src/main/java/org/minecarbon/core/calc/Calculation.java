package org.minecarbon.core.calc;

import java.util.List;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Issue;

/**
 * Every row of an inventory calculated under one GWP set and factor set: one line per activity and
 * sink row, in document order (activities first, then sinks).
 */
public record Calculation(
    Inventory inventory, GwpSet gwp, String factorSet, List<CalcLine> lines, List<Issue> warnings) {
  public Calculation {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }
}
