package org.minecarbon.report.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.text.Lang;
import org.minecarbon.io.result.BalanceTable;

/** Entity data, the emissions summary by source and year, and seed 002 Table 1. */
final class OverviewSheets {
  private final Cells c;
  private final Lang lang;
  private final Balance balance;

  OverviewSheets(Cells cells, Balance balance) {
    this.c = cells;
    this.lang = cells.lang;
    this.balance = balance;
  }

  void entity(Sheet s, Inventory inventory) {
    c.title(s, lang.pick("报告主体基本信息", "Reporting entity"));
    Enterprise e = inventory.enterprise();
    int r = 2;
    r = pair(s, r, lang.pick("企业名称", "Enterprise"), e.name());
    r = pair(s, r, lang.pick("统一社会信用代码", "Unified social credit code"), e.creditCode());
    String industry = e.industry() == null ? null : lang.pick(e.industry().zh(), e.industry().en());
    r = pair(s, r, lang.pick("行业", "Industry"), industry);
    r = pair(s, r, lang.pick("所在省份", "Province"), e.province());
    r = pair(s, r, lang.pick("全球增温潜势 (GWP)", "GWP-100 set"), balance.gwp().name());
    r = pair(s, r, lang.pick("排放因子集", "Factor set"), balance.factorSet());
    List<String> years = balance.years().stream().map(y -> "" + y.year()).toList();
    r = pair(s, r, lang.pick("核算年份", "Years"), String.join(", ", years));
    r = pair(s, r, lang.pick("计量单位", "Unit"), "tCO2e");
    r++;
    c.heads(
        s,
        r++,
        lang.pick("站点编号", "Site id"),
        lang.pick("名称", "Name"),
        lang.pick("矿山类型", "Mine type"),
        lang.pick("矿种", "Commodity"),
        lang.pick("省份", "Province"),
        lang.pick("瓦斯等级", "Gas grade"));
    for (Site site : inventory.sites()) {
      Row row = s.createRow(r++);
      c.text(row, 0, site.id());
      c.text(row, 1, site.name());
      c.text(
          row,
          2,
          site.mineType() == null ? null : lang.pick(site.mineType().zh(), site.mineType().en()));
      c.text(row, 3, Texts.commodity(site.commodity(), lang));
      c.text(row, 4, site.province());
      c.text(
          row,
          5,
          site.gasGrade() == null ? null : lang.pick(site.gasGrade().zh(), site.gasGrade().en()));
    }
    s.setColumnWidth(0, 26 * 256);
    s.setColumnWidth(1, 40 * 256);
  }

  private int pair(Sheet s, int r, String label, @Nullable String value) {
    Row row = s.createRow(r);
    c.head(row, 0, label);
    c.text(row, 1, value == null ? "" : value);
    return r + 1;
  }

  /** 报告主体CO2排放量汇总表: one line per source or sink, one column per year (tCO2e). */
  void summary(Sheet s) {
    c.title(s, lang.pick("报告主体CO2排放量汇总表 (tCO2e)", "Emissions by source (tCO2e)"));
    Row head = Cells.row(s, 2);
    c.head(head, 0, lang.pick("排放源 / 碳汇", "Source / sink"));
    int col = 1;
    for (BalanceYear y : balance.years()) {
      c.head(head, col++, Integer.toString(y.year()));
    }
    int r = 3;
    for (Column column : Column.EMISSIONS) {
      r = line(s, r, lang.label(column), t -> t.get(column), false);
    }
    r = line(s, r, lang.pick("直接排放 (范围一)", "Direct (scope 1)"), Totals::scope1, false);
    r = line(s, r, lang.pick("间接排放 (范围二)", "Indirect (scope 2)"), Totals::scope2, false);
    r = line(s, r, lang.pick("碳排放合计", "Emissions total"), Totals::emissionsTotal, true);
    for (Column column : Column.SINKS) {
      r = line(s, r, lang.label(column), t -> t.get(column), false);
    }
    r = line(s, r, lang.pick("碳汇合计", "Sinks total"), Totals::sinksTotal, true);
    line(s, r, lang.pick("净排放", "Net emissions"), Totals::net, true);
    s.setColumnWidth(0, 30 * 256);
    for (int i = 1; i <= balance.years().size(); i++) {
      s.setColumnWidth(i, 16 * 256);
    }
  }

  private int line(Sheet s, int r, String label, ToDoubleFunction<Totals> f, boolean bold) {
    Row row = s.createRow(r);
    c.text(row, 0, label);
    int col = 1;
    for (BalanceYear y : balance.years()) {
      double v = f.applyAsDouble(y.totals());
      if (bold) {
        c.total(row, col++, v);
      } else {
        c.number(row, col++, v);
      }
    }
    return r + 1;
  }

  /** Seed 002 Table 1 with its grouped headers (as io's balance workbook lays it out). */
  void table1(Sheet s) {
    Row r0 = s.createRow(0);
    Row r1 = s.createRow(1);
    Row r2 = s.createRow(2);
    int emissionsEnd = 1 + Column.EMISSIONS.size();
    int sinksEnd = emissionsEnd + 1 + Column.SINKS.size();
    c.head(r0, 0, lang.pick("年份", "Year"));
    c.head(r0, 1, lang.pick("碳排放/CO₂e", "Emissions / tCO2e"));
    c.head(r0, emissionsEnd + 1, lang.pick("碳汇/CO₂", "Sinks / tCO2"));
    c.head(r0, sinksEnd + 1, lang.pick("净排放", "Net"));
    c.head(r1, 1, lang.pick("小计", "Total"));
    int col = 2;
    for (Column column : Column.EMISSIONS) {
      switch (column) {
        case FUGITIVE_CH4 -> {
          c.head(r1, col, lang.pick("逃逸", "Fugitive"));
          c.head(r2, col, "CH₄");
        }
        case FUGITIVE_CO2 -> c.head(r2, col, "CO₂");
        case FUGITIVE_OTHER -> c.head(r2, col, lang.pick("其他", "Other"));
        default -> c.head(r1, col, lang.label(column));
      }
      col++;
    }
    c.head(r1, emissionsEnd + 1, lang.pick("小计", "Total"));
    for (Column column : Column.SINKS) {
      c.head(r1, ++col, lang.label(column));
    }
    merges(s, emissionsEnd, sinksEnd);
    int r = 3;
    for (BalanceYear y : balance.years()) {
      Row row = s.createRow(r++);
      List<@Nullable Object> cells = BalanceTable.row(y, lang);
      c.integer(row, 0, y.year());
      for (int i = 1; i <= sinksEnd + 1; i++) {
        c.number(row, i, (Double) cells.get(i));
      }
    }
    s.createFreezePane(1, 3);
    for (int i = 0; i <= sinksEnd + 1; i++) {
      s.setColumnWidth(i, (i == 0 ? 8 : 14) * 256);
    }
  }

  private static void merges(Sheet s, int emissionsEnd, int sinksEnd) {
    s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
    s.addMergedRegion(new CellRangeAddress(0, 0, 1, emissionsEnd));
    s.addMergedRegion(new CellRangeAddress(0, 0, emissionsEnd + 1, sinksEnd));
    s.addMergedRegion(new CellRangeAddress(0, 2, sinksEnd + 1, sinksEnd + 1));
    int fugitive = 2 + Column.EMISSIONS.indexOf(Column.FUGITIVE_CH4);
    s.addMergedRegion(new CellRangeAddress(1, 1, fugitive, fugitive + 2));
    for (int col = 1; col <= sinksEnd; col++) {
      if (col < fugitive || col > fugitive + 2) {
        s.addMergedRegion(new CellRangeAddress(1, 2, col, col));
      }
    }
  }
}
