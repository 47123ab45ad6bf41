package org.minecarbon.report.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.BenchmarkValue;

/**
 * The analysis sections of seed 002 §3.1: the largest sources with their formulas, the trend across
 * years, the gap to industry-advanced values and the improvement directions.
 */
final class AnalysisHtml {
  /** How many of the largest sources are listed. */
  static final int LARGEST = 10;

  private AnalysisHtml() {}

  static void sections(
      Html h, Balance balance, Inventory inventory, List<BenchmarkValue> benchmarks, Lang lang) {
    if (balance.years().isEmpty()) {
      return;
    }
    BalanceYear last = balance.years().getLast();
    largest(h, balance, last, ReportWorkbook.siteNames(inventory), lang);
    trend(h, balance, lang);
    benchmarks(h, balance, benchmarks, lang);
    h.el("h2", "", lang.pick("七、改进方向", "7. Improvement directions"));
    h.raw("<ol>");
    Directions.of(last, lang).forEach(d -> h.el("li", "", d));
    h.raw("</ol>");
    notes(h, balance, lang);
  }

  private static void largest(
      Html h, Balance balance, BalanceYear year, Map<String, String> sites, Lang lang) {
    h.el("h2", "", lang.pick("四、主要排放源（%d 年）", "4. Largest sources (%d)").formatted(year.year()));
    h.raw("<table><tr>")
        .el("th", "narrow", "#")
        .el("th", "id", lang.pick("排放源", "Source"))
        .el("th", "col", lang.pick("站点", "Site"))
        .th("tCO2e")
        .th(lang.pick("占比", "Share"))
        .th(lang.pick("行数", "Rows"))
        .el("th", "formula", lang.pick("计算方法", "Formula"))
        .raw("</tr>");
    int i = 1;
    double total = year.totals().emissionsTotal();
    for (Analysis.SourceTotal t : Analysis.largest(balance, year.year(), LARGEST)) {
      h.raw("<tr>").td("" + i++).td(Texts.source(t.source(), lang));
      h.td(sites.getOrDefault(t.site(), t.site())).num(t.co2e());
      h.el("td", "n", Formats.pct(total == 0 ? 0 : 100 * t.co2e() / total));
      h.el("td", "n", "" + t.lines());
      h.td(Texts.formula(t.source(), t.formula(), lang)).raw("</tr>");
    }
    h.raw("</table>");
    h.el(
        "p",
        "note",
        lang.pick(
            "同一站点同一排放源的各月（各行）数据已合并；逐行计算过程见 XLSX 报告与系统中的计算说明。",
            "Rows (months) of one source at one site are summed; the row-by-row calculation is in"
                + " the XLSX report and the explain panels."));
  }

  private static void trend(Html h, Balance balance, Lang lang) {
    h.el("h2", "", lang.pick("五、逐年变化", "5. Trend across years"));
    List<BalanceYear> years = balance.years();
    h.raw("<table><tr>").th(lang.pick("项目 (tCO2e)", "Item (tCO2e)"));
    for (int i = 0; i < years.size(); i++) {
      h.th("" + years.get(i).year());
      if (i > 0) {
        h.th(lang.pick("同比", "Change"));
      }
    }
    h.raw("</tr>");
    trendRow(h, years, lang.pick("碳排放小计", "Emissions total"), Totals::emissionsTotal);
    for (Column c : Column.EMISSIONS) {
      if (years.stream().anyMatch(y -> y.totals().get(c) != 0)) {
        trendRow(h, years, lang.label(c), t -> t.get(c));
      }
    }
    trendRow(h, years, lang.pick("碳汇小计", "Sinks total"), Totals::sinksTotal);
    trendRow(h, years, lang.pick("净排放", "Net emissions"), Totals::net);
    h.raw("</table>");
    if (years.size() < 2) {
      h.el("p", "note", lang.pick("仅有一个核算年份，无法比较变化。", "One year only: no change to show."));
    }
  }

  private static void trendRow(
      Html h, List<BalanceYear> years, String label, ToDoubleFunction<Totals> f) {
    h.raw("<tr>").el("td", "label", label);
    for (int i = 0; i < years.size(); i++) {
      double v = f.applyAsDouble(years.get(i).totals());
      h.num(v);
      if (i > 0) {
        OptionalDouble ch = Analysis.change(f.applyAsDouble(years.get(i - 1).totals()), v);
        h.el("td", "n", ch.isPresent() ? Formats.change(ch.getAsDouble()) : "—");
      }
    }
    h.raw("</tr>");
  }

  private static void benchmarks(
      Html h, Balance balance, List<BenchmarkValue> benchmarks, Lang lang) {
    h.el("h2", "", lang.pick("六、对标分析", "6. Gap to benchmarks"));
    List<Analysis.Gap> gaps = Analysis.gaps(balance, benchmarks);
    if (gaps.isEmpty()) {
      h.el(
          "p",
          "note",
          lang.pick(
              "未提供与产量对应的行业先进指标，未做对标。",
              "No industry-advanced value matches a product with production data: no gap shown."));
      return;
    }
    h.raw("<table><tr>")
        .th(lang.pick("产品", "Product"))
        .th(lang.pick("年份", "Year"))
        .th(lang.pick("排放强度 (tCO2e/t)", "Intensity (tCO2e/t)"))
        .th(lang.pick("先进值 (tCO2e/t)", "Advanced (tCO2e/t)"))
        .th(lang.pick("差距", "Gap"))
        .th(lang.pick("来源", "Source"))
        .raw("</tr>");
    for (Analysis.Gap g : gaps) {
      h.raw("<tr>").td(Texts.product(g.product(), lang)).td("" + g.year());
      h.el("td", "n", Formats.factor(g.actual())).el("td", "n", Formats.factor(g.benchmark()));
      h.el("td", "n", Formats.change(g.gap())).td(g.source()).raw("</tr>");
    }
    h.raw("</table>");
    h.el(
        "p",
        "note",
        lang.pick(
            "差距 = (排放强度 − 先进值) / 先进值；正值表示高于行业先进水平。",
            "Gap = (intensity − advanced) / advanced; positive means above the advanced level."));
  }

  private static void notes(Html h, Balance balance, Lang lang) {
    h.el("h2", "", lang.pick("说明", "Notes"));
    long factors = LineRows.distinctFactors(balance.calculation().lines()).size();
    h.el(
        "p",
        "note",
        lang.pick(
            ("碳排放按《中国矿山企业温室气体排放核算方法与报告指南（试行）》及煤炭生产企业指南的公式逐行计算，"
                    + "全球增温潜势取 %s，排放因子集 %s，共使用 %d 个因子（数值、单位与出处见 XLSX 报告“排放因子”表）。"
                    + "碳平衡核算表格式见《绿色矿山资源与环境平衡体系：碳排放与碳汇循环平衡研究》表1。")
                .formatted(balance.gwp().name(), balance.factorSet(), factors),
            ("Emissions are calculated row by row with the formulas of the NDRC mining and coal"
                    + " guidelines, GWP-100 %s, factor set %s, %d factors used (values, units and"
                    + " citations in the XLSX report's Factors sheet). Table layout: seed 002"
                    + " Table 1.")
                .formatted(balance.gwp().name(), balance.factorSet(), factors)));
  }
}
