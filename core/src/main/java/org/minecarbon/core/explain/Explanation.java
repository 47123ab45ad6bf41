package org.minecarbon.core.explain;

import java.util.List;
import org.minecarbon.core.calc.CalcLine;

/**
 * Why a figure has its value: the lines that add up to it, each with its row, formula, terms and
 * factors (value, unit, set, citation, confidence).
 *
 * @param subject what is explained ("2024 fugitiveCH4", "row /activities/3")
 * @param year the year, or 0 when a single row is explained
 * @param column the column code, or empty when a row or total is explained
 * @param value the figure in tCO2e (for a sink column: the sink amount, positive)
 * @param lines contributing lines; their co2e sum to {@code value}
 */
public record Explanation(
    String subject, int year, String column, double value, List<CalcLine> lines) {
  public Explanation {
    lines = List.copyOf(lines);
  }
}
