package org.minecarbon.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecarbon.core.text.Lang;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.Phase;
import org.minecarbon.planning.result.PlanResult;
import org.minecarbon.planning.result.ScenarioResult;
import org.minecarbon.planning.result.Violation;
import org.minecarbon.planning.result.YearResult;

/**
 * The plan result as terminal text in Chinese (default) or English: status, adopted measures, year
 * table, MACC, phases (seed 004's names in Chinese).
 */
final class PlanText {
  private static final Map<String, String> ZH =
      Map.ofEntries(
          Map.entry("status", "状态"),
          Map.entry("objective", "目标值（折现总成本）"),
          Map.entry("gap", "间隙"),
          Map.entry("violation", "无法满足的目标"),
          Map.entry("short by", "缺口"),
          Map.entry("adopt", "采用"),
          Map.entry("in", "年份"),
          Map.entry("year", "年份"),
          Map.entry("emissions", "排放"),
          Map.entry("removals", "碳汇"),
          Map.entry("allowances", "购买配额"),
          Map.entry("net", "净排放"),
          Map.entry("cost", "成本"),
          Map.entry("MACC", "边际减排成本曲线"),
          Map.entry("phase", "阶段"),
          Map.entry("scenario", "情景"),
          Map.entry("optimal", "最优"),
          Map.entry("infeasible", "不可行"),
          Map.entry("time-limit", "达到时间上限"),
          Map.entry("peak", "达峰攻坚期"),
          Map.entry("optimize", "有序优化期"),
          Map.entry("neutralize", "中和达成期"));

  private PlanText() {}

  private static String t(Lang lang, String en) {
    return lang == Lang.ZH ? ZH.getOrDefault(en, en) : en;
  }

  static List<String> render(PlanResult r, Lang lang) {
    List<String> out = new ArrayList<>();
    out.add(
        t(lang, "status")
            + ": "
            + t(lang, r.status().code())
            + (r.objective() == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "   %s: %,.0f %s",
                    t(lang, "objective"),
                    r.objective(),
                    r.currency()))
            + (r.gap() == null
                ? ""
                : String.format(Locale.ROOT, "   %s: %.2e", t(lang, "gap"), r.gap())));
    if (r.message() != null) {
      out.add(r.message());
    }
    for (Violation v : r.violations()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%s %s (%s) %d: %s %,.1f tCO2e",
              t(lang, "violation"),
              v.target(),
              v.kind(),
              v.year(),
              t(lang, "short by"),
              v.shortfall()));
    }
    for (Adoption a : r.adopted()) {
      out.add(t(lang, "adopt") + " " + a.measure() + " " + t(lang, "in") + " " + a.year());
    }
    years(r, out, lang);
    macc(r, out, lang);
    return out;
  }

  private static void years(PlanResult r, List<String> out, Lang lang) {
    if (!r.years().isEmpty()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%-6s %14s %12s %12s %14s %16s",
              t(lang, "year"),
              t(lang, "emissions"),
              t(lang, "removals"),
              t(lang, "allowances"),
              t(lang, "net"),
              t(lang, "cost")));
      for (YearResult y : r.years()) {
        out.add(
            String.format(
                Locale.ROOT,
                "%-6d %,14.1f %,12.1f %,12.1f %,14.1f %,16.0f",
                y.year(),
                y.total(),
                y.removals(),
                y.allowances(),
                y.net(),
                y.cost().total()));
      }
    }
  }

  private static void macc(PlanResult r, List<String> out, Lang lang) {
    out.add(t(lang, "MACC") + " (" + (r.macc().isEmpty() ? "-" : r.macc().get(0).year()) + "):");
    for (MaccEntry m : r.macc()) {
      out.add(
          String.format(
              Locale.ROOT,
              "  %-24s %,12.1f tCO2e %,16.0f %s %s",
              m.measure(),
              m.abatement(),
              m.cost(),
              r.currency(),
              m.costPerTonne() == null
                  ? ""
                  : String.format(Locale.ROOT, "%,.1f /t", m.costPerTonne())));
    }
    for (Phase p : r.phases()) {
      out.add(t(lang, "phase") + " " + t(lang, p.name()) + ": " + p.from() + "–" + p.to());
    }
    for (ScenarioResult s : r.scenarios()) {
      out.add(
          t(lang, "scenario")
              + " "
              + s.name()
              + ": "
              + t(lang, s.status().code())
              + (s.objective() == null ? "" : String.format(Locale.ROOT, " %,.0f", s.objective()))
              + " "
              + s.adopted().stream().map(a -> a.measure() + "@" + a.year()).toList());
    }
  }
}
