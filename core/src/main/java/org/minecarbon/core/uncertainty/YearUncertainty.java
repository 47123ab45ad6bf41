package org.minecarbon.core.uncertainty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.minecarbon.core.calc.Column;

/**
 * Uncertainty of one year's balance (all figures tCO2e).
 *
 * @param year reporting year
 * @param columns Monte Carlo statistics of every balance column, in {@link Column} order
 * @param emissions total of the seven emission columns
 * @param sinks total of the five sink columns
 * @param net emissions − sinks
 * @param approach1 the error-propagation estimate for comparison
 */
public record YearUncertainty(
    int year,
    Map<Column, Stats> columns,
    Stats emissions,
    Stats sinks,
    Stats net,
    Approach1 approach1) {

  public YearUncertainty {
    EnumMap<Column, Stats> copy = new EnumMap<>(Column.class);
    copy.putAll(columns);
    columns = Collections.unmodifiableMap(copy);
  }
}
