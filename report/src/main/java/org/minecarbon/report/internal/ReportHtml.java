package org.minecarbon.report.internal;

import java.util.Base64;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Enterprise;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.ReportStamp;

/**
 * The carbon balance analysis report as an XHTML document for OpenHTMLtoPDF: entity data, Table 1
 * per year, charts; the analysis sections are written by {@link AnalysisHtml}.
 */
public final class ReportHtml {
  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-family: '%s';
          font-size: 8pt; color: #666; } }
      body { font-family: '%s', '%s'; font-size: 9.5pt; color: #222; line-height: 1.45; }
      h1 { font-size: 22pt; text-align: center; margin: 6mm 0 2mm 0; color: #1F3864; }
      h2 { font-size: 13pt; color: #1F3864; border-bottom: 1px solid #1F3864; margin-top: 7mm;
        page-break-after: avoid; -fs-page-break-min-height: 70mm; }
      p.sub { text-align: center; color: #555; margin: 0 0 4mm 0; }
      table { border-collapse: collapse; width: 100%%; margin: 2mm 0; font-size: 8pt; }
      th, td { border: 0.5px solid #999; padding: 2px 4px; }
      th { background: #E8EDF5; }
      td.n { text-align: right; }
      tr.total td { background: #F3F3F3; }
      td.label { width: 32%%; }
      td.sub { padding-left: 5mm; }
      th.narrow { width: 4%%; } th.id { width: 14%%; } th.col { width: 13%%; } th.formula { width: 42%%; }
      tr { page-break-inside: avoid; }
      img.chart { width: 178mm; margin: 2mm 0; }
      li { margin-bottom: 2mm; }
      .note { color: #555; font-size: 8pt; }
      """
          .formatted(Fonts.LATIN_FAMILY, Fonts.LATIN_FAMILY, Fonts.CJK_FAMILY);

  private ReportHtml() {}

  public static String build(
      Balance balance,
      Inventory inventory,
      List<BenchmarkValue> benchmarks,
      ReportStamp stamp,
      Lang lang) {
    Html h = new Html();
    String title = lang.pick("碳平衡分析报告", "Carbon balance analysis report");
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .raw(lang.pick("zh-CN", "en"))
        .raw("\"><head><meta charset=\"UTF-8\"/><title>")
        .text(title)
        .raw("</title><style>")
        .raw(CSS)
        .raw(StampHtml.CSS)
        .raw(pageHeader(stamp, lang))
        .raw("</style></head><body>");
    h.el("h1", "", title);
    h.el("p", "sub", subtitle(balance, inventory, lang));
    StampHtml.write(h, stamp, lang);
    entity(h, balance, inventory, lang);
    table1(h, balance, lang);
    charts(h, balance, lang);
    AnalysisHtml.sections(h, balance, inventory, benchmarks, lang);
    h.raw("</body></html>");
    return h.toString();
  }

  /** Every page's header names the status (fixed text of this module: digits and labels). */
  private static String pageHeader(ReportStamp stamp, Lang lang) {
    String text = StampHtml.header(stamp, lang).replace("\\", "").replace("\"", "");
    return ("@page { @top-center { content: \"%s\"; font-family: '%s', '%s'; font-size: 8pt;"
            + " color: #1F3864; } }\n")
        .formatted(text, Fonts.LATIN_FAMILY, Fonts.CJK_FAMILY);
  }

  private static String subtitle(Balance balance, Inventory inventory, Lang lang) {
    List<BalanceYear> ys = balance.years();
    String years =
        ys.isEmpty()
            ? ""
            : ys.getFirst().year() == ys.getLast().year()
                ? "" + ys.getFirst().year()
                : ys.getFirst().year() + "–" + ys.getLast().year();
    return inventory.enterprise().name() + " · " + years + lang.pick(" 年度", "");
  }

  private static void entity(Html h, Balance balance, Inventory inventory, Lang lang) {
    h.el("h2", "", lang.pick("一、企业基本信息", "1. Enterprise"));
    Enterprise e = inventory.enterprise();
    h.raw("<table>");
    pair(h, lang.pick("企业名称", "Enterprise"), e.name());
    pair(h, lang.pick("统一社会信用代码", "Unified social credit code"), e.creditCode());
    pair(
        h,
        lang.pick("行业", "Industry"),
        e.industry() == null ? null : lang.pick(e.industry().zh(), e.industry().en()));
    pair(h, lang.pick("所在省份", "Province"), e.province());
    pair(h, lang.pick("全球增温潜势（100 年）", "GWP-100 set"), balance.gwp().name());
    pair(h, lang.pick("排放因子集", "Factor set"), balance.factorSet());
    h.raw("</table>");
    h.raw("<table><tr>")
        .th(lang.pick("站点", "Site"))
        .th(lang.pick("矿山类型", "Mine type"))
        .th(lang.pick("矿种", "Commodity"))
        .th(lang.pick("瓦斯等级", "Gas grade"))
        .raw("</tr>");
    for (Site s : inventory.sites()) {
      h.raw("<tr>").td(s.name() == null ? s.id() : s.name());
      h.td(s.mineType() == null ? null : lang.pick(s.mineType().zh(), s.mineType().en()));
      h.td(Texts.commodity(s.commodity(), lang));
      h.td(s.gasGrade() == null ? null : lang.pick(s.gasGrade().zh(), s.gasGrade().en()));
      h.raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void pair(Html h, String label, @Nullable String value) {
    h.raw("<tr>").el("th", "", label).td(value == null ? "—" : value).raw("</tr>");
  }

  /** Seed 002 Table 1, transposed to fit the page: one line per column, one column per year. */
  private static void table1(Html h, Balance balance, Lang lang) {
    h.el("h2", "", lang.pick("二、碳平衡核算表 (tCO2e)", "2. Carbon balance (tCO2e)"));
    h.raw("<table><tr>").th(lang.pick("项目", "Item"));
    balance.years().forEach(y -> h.th(Integer.toString(y.year())));
    h.raw("</tr>");
    row(h, balance, lang.pick("碳排放小计", "Emissions total"), Totals::emissionsTotal, true);
    for (Column c : Column.EMISSIONS) {
      row(h, balance, lang.label(c), t -> t.get(c), false);
    }
    row(h, balance, lang.pick("碳汇小计", "Sinks total"), Totals::sinksTotal, true);
    for (Column c : Column.SINKS) {
      row(h, balance, lang.label(c), t -> t.get(c), false);
    }
    row(h, balance, lang.pick("净排放", "Net emissions"), Totals::net, true);
    h.raw("</table>");
  }

  static void row(
      Html h, Balance balance, String label, ToDoubleFunction<Totals> f, boolean total) {
    h.raw(total ? "<tr class=\"total\">" : "<tr>").el("td", total ? "label" : "label sub", label);
    balance.years().forEach(y -> h.num(f.applyAsDouble(y.totals())));
    h.raw("</tr>");
  }

  private static void charts(Html h, Balance balance, Lang lang) {
    h.el("h2", "", lang.pick("三、图表", "3. Charts"));
    if (balance.years().isEmpty()) {
      return;
    }
    image(
        h, Charts.composition(balance.years().getLast(), lang), lang.pick("碳排放构成", "Composition"));
    image(h, Charts.trend(balance, lang), lang.pick("逐年变化", "Trend"));
    image(h, Charts.emissionsVsSinks(balance, lang), lang.pick("碳排放与碳汇", "Emissions vs sinks"));
  }

  private static void image(Html h, byte[] png, String alt) {
    h.raw("<img class=\"chart\" alt=\"")
        .text(alt)
        .raw("\" src=\"data:image/png;base64,")
        .raw(Base64.getEncoder().encodeToString(png))
        .raw("\"/>");
  }
}
