package org.minecarbon.cli.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/**
 * The balance as text in the layout of seed 002 Table 1: an emissions block and a sinks block, then
 * net, neutrality, scopes, energy and intensities per year. Figures are rounded half-up to two
 * decimals (intensities to four); "—" marks a column no row contributes to, as the paper does.
 */
public final class BalanceTable {
  private final Balance balance;
  private final Lang l;
  private final Map<Integer, Set<Column>> contributing;

  private BalanceTable(Balance balance, Lang lang) {
    this.balance = balance;
    this.l = lang;
    this.contributing = contributing(balance);
  }

  /** The whole report as lines. */
  public static List<String> render(Balance balance, Lang lang) {
    return new BalanceTable(balance, lang).lines();
  }

  private List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(title());
    section(out, l.pick("碳排放 / tCO2e", "Emissions / tCO2e"), emissions());
    TextTable sinks = sinks();
    if (sinks.isEmpty()) {
      out.add("");
      out.add(l.pick("碳汇: 无碳汇行", "Sinks: no sink rows"));
    } else {
      section(out, l.pick("碳汇 / tCO2e", "Sinks / tCO2e"), sinks);
    }
    section(out, l.pick("碳平衡 / tCO2e", "Balance / tCO2e"), summary());
    TextTable intensity = intensity();
    if (!intensity.isEmpty()) {
      section(out, l.pick("强度", "Intensity"), intensity);
    }
    return out;
  }

  private static void section(List<String> out, String heading, TextTable table) {
    out.add("");
    out.add(heading);
    out.addAll(table.lines());
  }

  private String title() {
    String name = balance.calculation().inventory().enterprise().name();
    String settings =
        "GWP " + balance.gwp() + " · " + l.pick("因子集 ", "factor set ") + balance.factorSet();
    return name.isBlank() ? settings : name + " · " + settings;
  }

  private TextTable emissions() {
    TextTable t = new TextTable(headers(Column.EMISSIONS));
    for (BalanceYear y : balance.years()) {
      t.add(row(y, Column.EMISSIONS, y.totals().emissionsTotal()));
    }
    return t;
  }

  private TextTable sinks() {
    TextTable t = new TextTable(headers(Column.SINKS));
    for (BalanceYear y : balance.years()) {
      Set<Column> cols = contributing.getOrDefault(y.year(), Set.of());
      if (Column.SINKS.stream().anyMatch(cols::contains)) {
        t.add(row(y, Column.SINKS, y.totals().sinksTotal()));
      }
    }
    return t;
  }

  private List<String> headers(List<Column> columns) {
    List<String> h = new ArrayList<>(List.of(l.pick("年份", "Year"), l.pick("小计", "Subtotal")));
    for (Column c : columns) {
      h.add(l.label(c));
    }
    return h;
  }

  private List<String> row(BalanceYear y, List<Column> columns, double subtotal) {
    Set<Column> cols = contributing.getOrDefault(y.year(), Set.of());
    List<String> cells = new ArrayList<>(List.of(Integer.toString(y.year())));
    cells.add(Numbers.money(subtotal));
    for (Column c : columns) {
      cells.add(cols.contains(c) ? Numbers.money(y.totals().get(c)) : Numbers.NONE);
    }
    return cells;
  }

  private TextTable summary() {
    TextTable t =
        new TextTable(
            List.of(
                l.pick("年份", "Year"),
                l.pick("净排放", "Net"),
                l.pick("碳中和", "Neutral"),
                l.pick("范围一", "Scope 1"),
                l.pick("范围二", "Scope 2"),
                l.pick("综合能耗 tce", "Energy tce")));
    for (BalanceYear y : balance.years()) {
      Totals tot = y.totals();
      t.add(
          List.of(
              Integer.toString(y.year()),
              Numbers.money(tot.net()),
              tot.neutral() ? l.pick("是", "yes") : l.pick("否", "no"),
              Numbers.money(tot.scope1()),
              Numbers.money(tot.scope2()),
              Numbers.money(y.energyTce())));
    }
    return t;
  }

  private TextTable intensity() {
    TextTable t =
        new TextTable(
            List.of(
                l.pick("年份", "Year"),
                l.pick("产品", "Product"),
                l.pick("产量 t", "Output t"),
                l.pick("碳排放强度 tCO2e/t", "Emissions tCO2e/t"),
                l.pick("能耗强度 tce/t", "Energy tce/t")),
            2);
    for (BalanceYear y : balance.years()) {
      for (Map.Entry<String, Double> p : y.production().entrySet()) {
        t.add(
            List.of(
                Integer.toString(y.year()),
                p.getKey(),
                Numbers.money(p.getValue()),
                figure(y.intensity().get(p.getKey())),
                figure(y.energyIntensity().get(p.getKey()))));
      }
    }
    return t;
  }

  private static String figure(@Nullable Double value) {
    return value == null ? Numbers.NONE : Numbers.fixed(value, 4);
  }

  /** Year → columns that at least one calculation line lands in. */
  static Map<Integer, Set<Column>> contributing(Balance balance) {
    Map<Integer, Set<Column>> out = new HashMap<>();
    for (CalcLine line : balance.calculation().lines()) {
      out.computeIfAbsent(line.year(), y -> EnumSet.noneOf(Column.class)).add(line.column());
    }
    return out;
  }
}
