package org.minecarbon.report.internal;

import java.util.HashMap;
import java.util.Map;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * A plan result as an XHTML document for OpenHTMLtoPDF (Chinese, English in brackets where a term
 * needs it): title, enterprise, plan and version, targets, scenarios, pathway, MACC, phases,
 * adopted measures with their citations, violations. Charts are tables (every figure of the result
 * page's charts is in them). Every text goes through {@link Html#escape}.
 */
public final class PlanHtml {
  private static final String CSS =
      """
      @page { size: A4; margin: 14mm 12mm 16mm 12mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-family: '%s';
          font-size: 8pt; color: #666; } }
      body { font-family: '%s', '%s'; font-size: 9pt; color: #222; line-height: 1.4; }
      h1 { font-size: 20pt; text-align: center; margin: 4mm 0 2mm 0; color: #1F3864; }
      h2 { font-size: 12pt; color: #1F3864; border-bottom: 1px solid #1F3864; margin-top: 6mm;
        page-break-after: avoid; }
      p.sub { text-align: center; color: #555; margin: 0 0 4mm 0; }
      table { border-collapse: collapse; width: 100%%; margin: 2mm 0; font-size: 7.5pt; }
      th, td { border: 0.5px solid #999; padding: 2px 3px; }
      th { background: #E8EDF5; }
      td.n { text-align: right; }
      tr { page-break-inside: avoid; }
      .note { color: #555; font-size: 8pt; }
      """
          .formatted(Fonts.LATIN_FAMILY, Fonts.LATIN_FAMILY, Fonts.CJK_FAMILY);

  private static final Map<String, String> PHASES =
      Map.of("peak", "达峰攻坚期", "optimize", "有序优化期", "neutralize", "中和达成期");
  private static final Map<String, String> TARGETS =
      Map.of("peak", "达峰", "cap", "总量上限", "intensity", "强度", "neutral", "中和");

  private PlanHtml() {}

  /**
   * @param result a plan result v1
   * @param document the plan document it was computed from
   */
  public static String build(
      JsonNode result, JsonNode document, String enterprise, String plan, int version) {
    Html h = new Html();
    String cur = result.path("currency").asString("CNY");
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
        .raw("<head><meta charset=\"UTF-8\"/><title>")
        .text("减排规划 " + plan)
        .raw("</title><style>")
        .raw(CSS)
        .raw("</style></head><body>");
    h.el("h1", "", "减排规划报告");
    h.el("p", "sub", enterprise + " · " + plan + " · 第 " + version + " 版");
    h.el(
        "p",
        "sub",
        "状态（status）："
            + result.path("status").asString("")
            + (result.has("objective")
                ? " · 目标函数（折现总成本）：" + money(result.path("objective").asDouble()) + " " + cur
                : ""));
    targets(h, document);
    scenarios(h, result, cur);
    pathway(h, result, cur);
    macc(h, result, cur);
    phases(h, result);
    adopted(h, result, document);
    violations(h, result);
    h.raw("</body></html>");
    return h.toString();
  }

  private static void targets(Html h, JsonNode doc) {
    h.el("h2", "", "目标");
    table(h, "类型", "年份", "内容");
    for (JsonNode t : doc.path("targets")) {
      String kind = t.path("kind").asString("");
      String detail =
          switch (kind) {
            case "cap" -> "上限 " + money(t.path("max").asDouble()) + " tCO2e";
            case "intensity" ->
                t.path("product").asString("") + " 强度降低 " + pct(t.path("reduction").asDouble());
            case "neutral" -> "净排放为零（不足部分购买配额）";
            default -> "此后排放不高于该年";
          };
      row(h, TARGETS.getOrDefault(kind, kind), t.path("year").asString(""), detail);
    }
    h.raw("</table>");
  }

  private static void scenarios(Html h, JsonNode result, String cur) {
    JsonNode list = result.path("scenarios");
    if (list.isEmpty()) {
      return;
    }
    h.el("h2", "", "情景比较");
    table(h, "情景", "目标函数（" + cur + "）", "采用措施");
    for (JsonNode s : list) {
      StringBuilder adopted = new StringBuilder();
      for (JsonNode a : s.path("adopted")) {
        adopted.append(a.path("measure").asString("")).append(' ').append(a.path("year").asInt());
        adopted.append("；");
      }
      row(
          h,
          s.path("name").asString(""),
          money(s.path("objective").asDouble()),
          adopted.toString());
    }
    h.raw("</table>");
  }

  private static void pathway(Html h, JsonNode result, String cur) {
    if (result.path("years").isEmpty()) {
      return;
    }
    h.el("h2", "", "逐年路径（tCO2e，成本 " + cur + "）");
    table(h, "年份", "排放", "碳汇", "购买配额", "净排放", "措施成本", "能源成本变化", "配额成本", "总成本");
    for (JsonNode y : result.path("years")) {
      JsonNode c = y.path("cost");
      h.raw("<tr>").td(y.path("year").asString(""));
      for (double v :
          new double[] {
            y.path("emissions").path("total").asDouble(),
            y.path("removals").asDouble(),
            y.path("allowances").asDouble(),
            y.path("net").asDouble(),
            c.path("measures").asDouble(),
            c.path("energy").asDouble(),
            c.path("allowances").asDouble(),
            c.path("total").asDouble()
          }) {
        h.num(v);
      }
      h.raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void macc(Html h, JsonNode result, String cur) {
    h.el("h2", "", "边际减排成本（MACC）");
    h.el("p", "note", "单位减排成本即该措施的盈亏平衡配额价格：配额价格高于它时，采用该措施比购买配额便宜。");
    table(h, "措施", "参考年", "减排量（tCO2e/年）", "年成本（" + cur + "）", "单位减排成本（" + cur + "/tCO2e）");
    for (JsonNode m : result.path("macc")) {
      h.raw("<tr>").td(m.path("measure").asString("")).td(m.path("year").asString(""));
      h.num(m.path("abatement").asDouble()).num(m.path("cost").asDouble());
      if (m.has("costPerTonne")) {
        h.num(m.path("costPerTonne").asDouble());
      } else {
        h.td("—");
      }
      h.raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void phases(Html h, JsonNode result) {
    h.el("h2", "", "阶段");
    table(h, "阶段", "起", "止");
    for (JsonNode p : result.path("phases")) {
      String name = p.path("name").asString("");
      row(
          h,
          PHASES.getOrDefault(name, name),
          p.path("from").asString(""),
          p.path("to").asString(""));
    }
    h.raw("</table>");
  }

  private static void adopted(Html h, JsonNode result, JsonNode doc) {
    h.el("h2", "", "采用的措施");
    Map<String, JsonNode> byId = new HashMap<>();
    doc.path("measures").forEach(m -> byId.put(m.path("id").asString(""), m));
    Map<String, String> cited = new HashMap<>();
    MeasureCatalogue.builtIn().forEach(e -> cited.put(e.id(), e.source()));
    table(h, "措施", "名称", "采用年份", "出处");
    for (JsonNode a : result.path("adopted")) {
      String id = a.path("measure").asString("");
      JsonNode m = byId.getOrDefault(id, doc.path("no such measure"));
      String source = m.path("source").asString("");
      if (source.isEmpty()) {
        source = cited.getOrDefault(m.path("catalogue").asString(""), "用户自定义");
      }
      row(h, id, m.path("name").asString(""), a.path("year").asString(""), source);
    }
    h.raw("</table>");
  }

  private static void violations(Html h, JsonNode result) {
    JsonNode list = result.path("violations");
    if (list.isEmpty() && !result.has("message")) {
      return;
    }
    h.el("h2", "", "无法达到的目标");
    if (result.has("message")) {
      h.el("p", "", result.path("message").asString(""));
    }
    table(h, "目标", "类型", "年份", "缺口（tCO2e）");
    for (JsonNode v : list) {
      h.raw("<tr>").td(v.path("target").asString("")).td(v.path("kind").asString(""));
      h.td(v.path("year").asString("")).num(v.path("shortfall").asDouble()).raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void table(Html h, String... heads) {
    h.raw("<table><tr>");
    for (String s : heads) {
      h.th(s);
    }
    h.raw("</tr>");
  }

  private static void row(Html h, String... cells) {
    h.raw("<tr>");
    for (String c : cells) {
      h.td(c);
    }
    h.raw("</tr>");
  }

  private static String money(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  private static String pct(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", v * 100);
  }
}
