package org.minecarbon.meter.rows;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.minecarbon.meter.aggregate.Alarm;

/**
 * The result of {@link MeterRows#compute}: rows sorted by id, alarms by time, and completeness per
 * meter and month ({@code minecarbon/meter-rows@1}).
 */
public record MeterReport(
    List<MeterRow> rows,
    List<Alarm> alarms,
    Map<String, SortedMap<YearMonth, Double>> completeness) {
  public static final String FORMAT = "minecarbon/meter-rows@1";

  public MeterReport {
    rows = List.copyOf(rows);
    alarms = List.copyOf(alarms);
    completeness = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(completeness));
  }
}
