package org.minecarbon.report.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.internal.LineRows.CarbonateTerm;
import org.minecarbon.report.internal.LineRows.EnergyRow;
import org.minecarbon.report.internal.LineRows.FuelRow;

/**
 * The guideline's activity-data tables: fuel combustion, carbonate decomposition and carbonation,
 * net purchased electricity and heat, and the factor list. Each ends with the yearly totals of its
 * balance columns, so a reader can tie the rows to the summary.
 */
final class ActivitySheets {
  private final Cells c;
  private final Lang lang;
  private final Balance balance;
  private final Inventory inventory;
  private final List<CalcLine> lines;

  ActivitySheets(Cells cells, Balance balance, Inventory inventory) {
    this.c = cells;
    this.lang = cells.lang;
    this.balance = balance;
    this.inventory = inventory;
    this.lines = balance.calculation().lines();
  }

  void fuel(Sheet s) {
    c.title(s, lang.pick("化石燃料燃烧 CO2 排放", "Fossil fuel combustion CO2"));
    c.heads(
        s,
        2,
        lang.pick("行", "Row"),
        lang.pick("期间", "Period"),
        lang.pick("站点", "Site"),
        lang.pick("燃料品种", "Fuel"),
        lang.pick("消耗量", "Consumption"),
        lang.pick("单位", "Unit"),
        lang.pick("低位发热量", "NCV"),
        lang.pick("低位发热量单位", "NCV unit"),
        lang.pick("单位热值含碳量 (tC/GJ)", "Carbon content (tC/GJ)"),
        lang.pick("碳氧化率", "Oxidation"),
        lang.pick("CO2 排放量 (t)", "CO2 (t)"),
        lang.pick("因子来源", "Factor source"));
    int r = 3;
    for (FuelRow f : LineRows.fuels(lines)) {
      Row row = s.createRow(r++);
      meta(row, f.line());
      c.text(row, 3, fuelName(f.fuel()));
      c.number(row, 4, f.activity());
      c.text(row, 5, f.unit());
      c.factor(row, 6, f.ncv().value());
      c.text(row, 7, f.ncv().unit());
      c.factor(row, 8, f.cc().value());
      c.factor(row, 9, f.of().value());
      c.number(row, 10, f.line().co2e());
      c.text(row, 11, f.ncv().set() + " / " + f.cc().set() + " / " + f.of().set());
    }
    r = others(s, r, Column.FUEL, "fuel", 10);
    yearTotals(s, r + 1, 10, lang.label(Column.FUEL), t -> t.get(Column.FUEL));
  }

  private String fuelName(String code) {
    return org.minecarbon.core.factor.Vocabulary.fuels()
        .find(code)
        .map(e -> lang.pick(e.zh(), e.en()))
        .orElse(code);
  }

  private void meta(Row row, CalcLine l) {
    c.text(row, 0, l.row().label());
    c.text(row, 1, l.row().period().toString());
    c.text(row, 2, l.site());
  }

  /** Lines of the column that the table does not itemise, with their formula. */
  private int others(Sheet s, int r, Column column, String itemised, int valueCol) {
    for (CalcLine l : LineRows.others(lines, column, itemised)) {
      Row row = s.createRow(r++);
      meta(row, l);
      c.text(row, 3, lang.pick("其他 (", "other (") + l.source() + "): " + l.formula());
      c.number(row, valueCol, l.co2e());
    }
    return r;
  }

  private int yearTotals(
      Sheet s,
      int r,
      int valueCol,
      String label,
      ToDoubleFunction<org.minecarbon.core.balance.Totals> f) {
    for (BalanceYear y : balance.years()) {
      Row row = s.createRow(r++);
      c.text(row, 0, lang.pick("合计 ", "Total ") + y.year());
      c.text(row, 3, label + " (tCO2e)");
      c.total(row, valueCol, f.applyAsDouble(y.totals()));
    }
    return r;
  }

  void carbonates(Sheet s) {
    c.title(s, lang.pick("碳酸盐分解排放与碳化工艺吸收", "Carbonate decomposition and carbonation"));
    c.heads(
        s,
        2,
        lang.pick("行", "Row"),
        lang.pick("期间", "Period"),
        lang.pick("站点", "Site"),
        lang.pick("类别", "Kind"),
        lang.pick("碳酸盐", "Carbonate"),
        lang.pick("原料/产品量 (t)", "Ore / product (t)"),
        lang.pick("煅烧分解率", "Decomposition"),
        lang.pick("质量分数", "Mass fraction"),
        lang.pick("排放因子 (tCO2/t)", "EF (tCO2/t)"),
        lang.pick("CO2 排放/吸收量 (t)", "CO2 emitted / absorbed (t)"),
        lang.pick("因子来源", "Factor source"));
    int r = 3;
    for (CarbonateTerm t : LineRows.carbonates(lines, inventory)) {
      Row row = s.createRow(r++);
      meta(row, t.line());
      c.text(row, 3, t.absorption() ? lang.pick("碳化吸收", "absorbed") : lang.pick("分解排放", "emitted"));
      c.text(row, 4, t.carbonate());
      c.number(row, 5, t.mass());
      if (t.decomposition() != null) {
        c.factor(row, 6, t.decomposition());
      }
      c.factor(row, 7, t.fraction());
      c.factor(row, 8, t.ef().value());
      c.number(row, 9, t.co2());
      c.text(row, 10, t.ef().id());
    }
    r = others(s, r, Column.CARBONATE, "carbonate", 9);
    r = yearTotals(s, r + 1, 9, lang.label(Column.CARBONATE), t -> t.get(Column.CARBONATE));
    yearTotals(s, r, 9, lang.label(Column.CARBONATION), t -> t.get(Column.CARBONATION));
  }

  void energy(Sheet s) {
    c.title(s, lang.pick("净购入电力和热力隐含的 CO2 排放", "Net purchased electricity and heat"));
    c.heads(
        s,
        2,
        lang.pick("行", "Row"),
        lang.pick("期间", "Period"),
        lang.pick("站点", "Site"),
        lang.pick("类别", "Kind"),
        lang.pick("购入量", "Purchased"),
        lang.pick("外供量", "Exported"),
        lang.pick("净购入量", "Net"),
        lang.pick("单位", "Unit"),
        lang.pick("排放因子", "Emission factor"),
        lang.pick("因子单位", "Factor unit"),
        lang.pick("CO2 排放量 (t)", "CO2 (t)"),
        lang.pick("因子编号", "Factor id"),
        lang.pick("因子出处", "Citation"));
    int r = 3;
    for (Column column : List.of(Column.ELECTRICITY, Column.HEAT)) {
      for (EnergyRow e : LineRows.energy(lines, column)) {
        Row row = s.createRow(r++);
        meta(row, e.line());
        c.text(row, 3, lang.label(column));
        c.number(row, 4, e.purchased());
        c.number(row, 5, e.exported());
        c.number(row, 6, e.net());
        c.text(row, 7, e.unit());
        c.factor(row, 8, e.ef().value());
        c.text(row, 9, e.ef().unit());
        c.number(row, 10, e.line().co2e());
        c.text(row, 11, e.ef().id());
        c.text(row, 12, e.ef().citation());
      }
    }
    r = yearTotals(s, r + 1, 10, lang.label(Column.ELECTRICITY), t -> t.get(Column.ELECTRICITY));
    yearTotals(s, r, 10, lang.label(Column.HEAT), t -> t.get(Column.HEAT));
  }

  void factors(Sheet s) {
    c.title(s, lang.pick("本报告使用的排放因子与参数", "Factors used in this report"));
    c.heads(
        s,
        2,
        lang.pick("符号", "Symbol"),
        lang.pick("数值", "Value"),
        lang.pick("单位", "Unit"),
        lang.pick("因子集", "Set"),
        lang.pick("编号", "Id"),
        lang.pick("出处", "Citation"),
        lang.pick("可信度", "Confidence"),
        lang.pick("备注", "Note"));
    int r = 3;
    for (FactorUse u : LineRows.distinctFactors(lines)) {
      Factor f = u.factor();
      Row row = s.createRow(r++);
      c.text(row, 0, u.symbol());
      c.factor(row, 1, f.value());
      c.text(row, 2, f.unit());
      c.text(row, 3, f.set());
      c.text(row, 4, f.id());
      c.text(row, 5, f.citation());
      c.text(row, 6, f.confidence().tag() + " " + f.confidence().label());
      c.text(row, 7, f.note());
    }
    s.setColumnWidth(4, 36 * 256);
    s.setColumnWidth(5, 60 * 256);
  }
}
