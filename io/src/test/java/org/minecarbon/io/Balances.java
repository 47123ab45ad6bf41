package org.minecarbon.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.factor.Confidence;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.testkit.Fixtures;

/** Hand-built results for the writer tests; every figure's derivation is in a comment. */
final class Balances {
  private Balances() {}

  /**
   * 2024 (annual rows): fuel 1000, fugitive CH4 2100 (100 t CH4 × GWP 21), electricity 500.25, heat
   * 110 (1000 GJ × 0.11); sinks storage 980, allowance 1000. Emissions total 3710.25, removals 980,
   * market 1000, sinks total 1980, net 1730.25 (not neutral), scope1 3100, scope2 610.25.
   *
   * <p>2025 (monthly rows): January fuel 10; February fuel 5 and utilization 20. Year: fuel 15,
   * utilization 20, net 15 − 20 = −5 (neutral); January net 10, February net −15.
   */
  static Balance balance() {
    Totals y2024 =
        totals(
            Column.FUEL,
            1000.0,
            Column.FUGITIVE_CH4,
            2100.0,
            Column.ELECTRICITY,
            500.25,
            Column.HEAT,
            110.0,
            Column.STORAGE,
            980.0,
            Column.ALLOWANCE,
            1000.0);
    BalanceYear a =
        new BalanceYear(
            2024,
            y2024,
            ordered("CO2", 1610.25, "CH4", 100.0),
            ordered("north", 3710.25),
            ordered("mining", 3100.0, "unassigned", 610.25),
            ordered("raw-coal", 3.0e6),
            ordered("raw-coal", 3710.25 / 3.0e6),
            1234.5,
            ordered("raw-coal", 1234.5 / 3.0e6),
            new TreeMap<>());
    TreeMap<Integer, Totals> months = new TreeMap<>();
    months.put(1, totals(Column.FUEL, 10.0));
    months.put(2, totals(Column.FUEL, 5.0, Column.UTILIZATION, 20.0));
    BalanceYear b =
        new BalanceYear(
            2025,
            totals(Column.FUEL, 15.0, Column.UTILIZATION, 20.0),
            ordered("CO2", 15.0),
            ordered("north", 15.0),
            ordered("unassigned", 15.0),
            Map.of(),
            Map.of(),
            6.0,
            Map.of(),
            months);
    Issue warning = Issue.warning(Codes.GRID_YEAR_FALLBACK, "/activities/3", "grid factor of 2022");
    return new Balance(GwpSet.SAR, "CN-2015", List.of(a, b), calculation(), List.of(warning));
  }

  private static Calculation calculation() {
    Inventory inv = Documents.readJson(Fixtures.stream(Fixtures.MINIMAL), "min.json").orElseThrow();
    return new Calculation(inv, GwpSet.SAR, "CN-2015", List.of(fuelLine()), List.of());
  }

  /**
   * 100 t diesel: CO2 = FC × NCV × CC × OF × 44/12 = 100 × 42.652 × 0.0202 × 0.98 × 44/12 =
   * 309.5909637… t.
   */
  static CalcLine fuelLine() {
    RowMeta meta =
        new RowMeta(
            "A1", "/activities/0", Period.ofYear(2024), null, Stage.MINING, null, null, null);
    List<FactorUse> factors =
        List.of(
            use("NCV", "fuel.diesel.ncv", 42.652, "GJ/t"),
            use("CC", "fuel.diesel.cc", 0.0202, "tC/GJ"),
            use("OF", "fuel.diesel.of", 0.98, "fraction"));
    double co2 = 100 * 42.652 * 0.0202 * 0.98 * 44 / 12;
    return new CalcLine(
        meta,
        "fuel",
        "north",
        Stage.MINING,
        Column.FUEL,
        "CO2",
        co2,
        -1,
        co2,
        4265.2,
        0,
        0,
        "E = FC × NCV × CC × OF × 44/12",
        List.of(new Term("diesel", 100, "t", 44.0 / 12, List.of(0, 1, 2))),
        factors);
  }

  private static FactorUse use(String symbol, String key, double value, String unit) {
    return new FactorUse(
        symbol, new Factor("CN-2015", key, value, unit, "指南 附录二 表2.1", Confidence.C, null, ""));
  }

  static Totals totals(Object... pairs) {
    Map<Column, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Column) pairs[i], (Double) pairs[i + 1]);
    }
    return new Totals(m);
  }

  static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }
}
