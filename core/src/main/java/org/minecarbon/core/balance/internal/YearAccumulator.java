package org.minecarbon.core.balance.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;

/** Running sums of one year: columns, breakdowns, energy and months. */
final class YearAccumulator {
  final int year;
  final double[] columns = new double[Column.values().length];
  final Map<String, Double> byGas = new LinkedHashMap<>();
  final Map<String, Double> bySite = new LinkedHashMap<>();
  final Map<String, Double> byStage = new LinkedHashMap<>();
  final Map<String, Double> production = new LinkedHashMap<>();
  final TreeMap<Integer, double[]> months = new TreeMap<>();
  double energyGj;
  double electricityMwh;
  double heatGj;

  YearAccumulator(int year) {
    this.year = year;
  }

  void add(CalcLine line) {
    Column c = line.column();
    columns[c.ordinal()] += line.co2e();
    if (line.row().period().isMonthly()) {
      months
              .computeIfAbsent(line.row().period().month(), m -> new double[columns.length])[
              c.ordinal()] +=
          line.co2e();
    }
    if (c.isSink()) {
      return;
    }
    byGas.merge(line.gas(), line.gasMass(), Double::sum);
    bySite.merge(line.site(), line.co2e(), Double::sum);
    byStage.merge(line.stage().code(), line.co2e(), Double::sum);
    energyGj += line.energyGj();
    electricityMwh += line.electricityMwh();
    heatGj += line.heatGj();
  }

  static Totals totals(double[] values) {
    EnumMap<Column, Double> map = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      map.put(c, values[c.ordinal()]);
    }
    return new Totals(map);
  }
}
