package org.minecarbon.report.internal;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.internal.MineGasRows.GasRow;

/**
 * The coal guideline's mine-gas table (井工开采 CH4 and CO2 逃逸: ventilation, drainage, flared, utilized
 * or recovered volumes per site and month, the density, the gas mass and CO2e) and the production
 * and intensity table (output, emissions, intensity, energy per product and year).
 */
final class MineSheets {
  private final Cells c;
  private final Lang lang;
  private final Balance balance;
  private final Map<String, String> siteNames;

  MineSheets(Cells cells, Balance balance, Map<String, String> siteNames) {
    this.c = cells;
    this.lang = cells.lang;
    this.balance = balance;
    this.siteNames = siteNames;
  }

  /** Methane block, then the CO2 block, each with its totals per year. */
  void gas(Sheet s) {
    c.title(s, lang.pick("井工开采甲烷和二氧化碳逃逸排放", "Underground mine methane and CO2"));
    List<CalcLine> lines = balance.calculation().lines();
    int r =
        block(
            s,
            2,
            MineGasRows.of(lines, "mine-methane"),
            List.of("ventilation", "drainage", "flared", "utilized"),
            lang.pick(
                "CH4 (t) = (风排量 + 抽采量 − 火炬销毁量 − 利用量) × 甲烷密度；CO2e = CH4 × GWP",
                "CH4 (t) = (ventilation + drainage − flared − utilized) × CH4 density; CO2e = CH4 × GWP"));
    block(
        s,
        r + 1,
        MineGasRows.of(lines, "mine-co2"),
        List.of("ventilation", "drainage", "recovered"),
        lang.pick(
            "CO2 (t) = (风排量 + 抽采量 − 回收量) × 二氧化碳密度",
            "CO2 (t) = (ventilation + drainage − recovered) × CO2 density"));
    s.setColumnWidth(1, 24 * 256);
  }

  private int block(Sheet s, int r, List<GasRow> rows, List<String> volumes, String formula) {
    c.text(Cells.row(s, r++), 0, formula);
    Row head = Cells.row(s, r++);
    int col = 0;
    c.head(head, col++, lang.pick("期间", "Period"));
    c.head(head, col++, lang.pick("站点", "Site"));
    for (String v : volumes) {
      c.head(head, col++, volumeHead(v));
    }
    c.head(head, col++, lang.pick("净排放量 (万Nm³)", "Net released (10^4 Nm³)"));
    c.head(head, col++, lang.pick("密度 (t/万Nm³)", "Density (t/10^4 Nm³)"));
    c.head(head, col++, lang.pick("气体质量 (t)", "Gas (t)"));
    c.head(head, col++, "GWP");
    c.head(head, col, "tCO2e");
    for (GasRow g : rows) {
      Row row = s.createRow(r++);
      c.text(row, 0, g.period().toString());
      c.text(row, 1, siteNames.getOrDefault(g.site(), g.site()));
      col = 2;
      double net = 0;
      for (String v : volumes) {
        double q = g.volume(v);
        c.number(row, col++, q);
        net += v.equals("ventilation") || v.equals("drainage") ? q : -q;
      }
      c.number(row, col++, net);
      c.factor(row, col++, g.density());
      c.number(row, col++, g.gasMass());
      c.factor(row, col++, g.gwp());
      c.number(row, col, g.co2e());
    }
    return totals(s, r, rows, volumes.size() + 5);
  }

  private int totals(Sheet s, int r, List<GasRow> rows, int co2eCol) {
    for (BalanceYear y : balance.years()) {
      double sum =
          rows.stream().filter(g -> g.period().year() == y.year()).mapToDouble(GasRow::co2e).sum();
      Row row = s.createRow(r++);
      c.text(row, 0, lang.pick("合计 ", "Total ") + y.year());
      c.total(row, co2eCol, sum);
    }
    return r;
  }

  private String volumeHead(String label) {
    return switch (label) {
      case "ventilation" -> lang.pick("风排量 (万Nm³)", "Ventilation (10^4 Nm³)");
      case "drainage" -> lang.pick("抽采量 (万Nm³)", "Drainage (10^4 Nm³)");
      case "flared" -> lang.pick("火炬销毁量 (万Nm³)", "Flared (10^4 Nm³)");
      case "utilized" -> lang.pick("利用量 (万Nm³)", "Utilized (10^4 Nm³)");
      default -> lang.pick("回收量 (万Nm³)", "Recovered (10^4 Nm³)");
    };
  }

  /** One line per year and product: output, emissions total, intensity, energy, tce per t. */
  void production(Sheet s) {
    c.title(s, lang.pick("产品产量与排放强度", "Production and intensity"));
    c.heads(
        s,
        2,
        lang.pick("年份", "Year"),
        lang.pick("产品", "Product"),
        lang.pick("产量 (t)", "Output (t)"),
        lang.pick("碳排放合计 (tCO2e)", "Emissions total (tCO2e)"),
        lang.pick("排放强度 (tCO2e/t)", "Intensity (tCO2e/t)"),
        lang.pick("综合能耗 (tce)", "Energy (tce)"),
        lang.pick("单位产品能耗 (tce/t)", "Energy intensity (tce/t)"));
    int r = 3;
    for (BalanceYear y : balance.years()) {
      for (Map.Entry<String, Double> p : y.production().entrySet()) {
        Row row = s.createRow(r++);
        c.integer(row, 0, y.year());
        c.text(row, 1, Texts.product(p.getKey(), lang));
        c.number(row, 2, p.getValue());
        c.number(row, 3, y.totals().emissionsTotal());
        Double intensity = y.intensity().get(p.getKey());
        if (intensity != null) {
          c.factor(row, 4, intensity);
        }
        c.number(row, 5, y.energyTce());
        Double energy = y.energyIntensity().get(p.getKey());
        if (energy != null) {
          c.factor(row, 6, energy);
        }
      }
    }
    if (r == 3) {
      c.text(s.createRow(r), 0, lang.pick("清单中没有产量数据。", "The inventory has no production rows."));
    }
    for (int i = 1; i <= 6; i++) {
      s.setColumnWidth(i, 20 * 256);
    }
  }
}
