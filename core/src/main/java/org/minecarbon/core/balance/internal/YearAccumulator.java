package org.minecarbon.core.balance.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.Stage;

/**
 * Running sums of one year: columns, breakdowns, energy and months. Breakdowns are summed in
 * mutable one-element boxes (no boxing per line); each sum starts with the first value and adds the
 * next ones in line order, exactly as {@code Map.merge(k, v, Double::sum)} would.
 */
final class YearAccumulator {
  private static final int COLUMNS = Column.values().length;

  final int year;
  final double[] columns = new double[COLUMNS];
  final Map<String, double[]> byGas = new LinkedHashMap<>();
  final Map<String, double[]> bySite = new LinkedHashMap<>();
  private final double[] byStage = new double[Stage.values().length];
  private final boolean[] stageSeen = new boolean[Stage.values().length];
  final Map<String, Double> production = new LinkedHashMap<>();
  private final double[][] months = new double[13][];
  double energyGj;
  double electricityMwh;
  double heatGj;

  YearAccumulator(int year) {
    this.year = year;
  }

  void add(CalcLine line) {
    Column c = line.column();
    double co2e = line.co2e();
    columns[c.ordinal()] += co2e;
    Period period = line.row().period();
    if (period.isMonthly()) {
      double[] month = months[period.month()];
      if (month == null) {
        month = new double[COLUMNS];
        months[period.month()] = month;
      }
      month[c.ordinal()] += co2e;
    }
    if (c.isSink()) {
      return;
    }
    merge(byGas, line.gas(), line.gasMass());
    merge(bySite, line.site(), co2e);
    int stage = line.stage().ordinal();
    byStage[stage] = stageSeen[stage] ? byStage[stage] + co2e : co2e;
    stageSeen[stage] = true;
    energyGj += line.energyGj();
    electricityMwh += line.electricityMwh();
    heatGj += line.heatGj();
  }

  private static void merge(Map<String, double[]> map, String key, double value) {
    double[] box = map.get(key);
    if (box == null) {
      map.put(key, new double[] {value});
    } else {
      box[0] += value;
    }
  }

  static Map<String, Double> unbox(Map<String, double[]> map) {
    Map<String, Double> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  Map<String, Double> stages() {
    return Accumulation.sortedStages(byStage, stageSeen);
  }

  SortedMap<Integer, Totals> months() {
    TreeMap<Integer, Totals> out = new TreeMap<>();
    for (int m = 1; m < months.length; m++) {
      if (months[m] != null) {
        out.put(m, totals(months[m]));
      }
    }
    return out;
  }

  static Totals totals(double[] values) {
    EnumMap<Column, Double> map = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      map.put(c, values[c.ordinal()]);
    }
    return new Totals(map);
  }
}
