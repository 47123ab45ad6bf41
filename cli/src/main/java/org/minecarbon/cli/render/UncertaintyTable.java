package org.minecarbon.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;
import org.minecarbon.core.uncertainty.Approach1;
import org.minecarbon.core.uncertainty.Stats;
import org.minecarbon.core.uncertainty.UncertaintyReport;
import org.minecarbon.core.uncertainty.YearUncertainty;

/**
 * A Monte Carlo report as text: per year, every column with a non-zero figure, then the emissions
 * and sinks totals and the net, each with nominal, mean, median, the 95 % interval (2.5 % and 97.5
 * %) and, for comparison, the Approach 1 (error propagation) half-width in %.
 */
public final class UncertaintyTable {
  private UncertaintyTable() {}

  public static List<String> render(UncertaintyReport report, Lang l) {
    List<String> out = new ArrayList<>();
    out.add(
        l.pick("蒙特卡罗模拟 (IPCC 2006 方法2): ", "Monte Carlo (IPCC 2006 Approach 2): ")
            + Numbers.plain(report.iterations())
            + l.pick(" 次迭代, 随机种子 ", " iterations, seed ")
            + report.seed()
            + "; tCO2e");
    for (YearUncertainty y : report.years()) {
      out.add("");
      out.add(Integer.toString(y.year()));
      out.addAll(table(y, l).lines());
    }
    out.add("");
    out.add(
        l.pick(
            "方法1 ±%: 误差传递法 (IPCC 2006 式 3.1/3.2), 不计相关性, 供比较。",
            "Approach 1 ±%: error propagation (IPCC 2006 eq. 3.1/3.2), ignores correlation;"
                + " for comparison."));
    return out;
  }

  private static TextTable table(YearUncertainty y, Lang l) {
    TextTable t =
        new TextTable(
            List.of(
                l.pick("项目", "Figure"),
                l.pick("名义值", "Nominal"),
                l.pick("均值", "Mean"),
                l.pick("中位数", "Median"),
                "2.5 %",
                "97.5 %",
                l.pick("95% 区间", "95 % range"),
                l.pick("方法1 ±%", "Approach 1 ±%")));
    Approach1 a1 = y.approach1();
    for (Map.Entry<Column, Stats> e : y.columns().entrySet()) {
      Column c = e.getKey();
      if (e.getValue().nominal() != 0 || e.getValue().sd() != 0) {
        t.add(row(l, l.label(c), e.getValue(), a1.columns().get(c)));
      }
    }
    t.add(row(l, l.pick("碳排放合计", "Emissions total"), y.emissions(), a1.emissions()));
    t.add(row(l, l.pick("碳汇合计", "Sinks total"), y.sinks(), a1.sinks()));
    t.add(row(l, l.pick("净排放", "Net"), y.net(), a1.net()));
    return t;
  }

  private static List<String> row(Lang l, String label, Stats s, Approach1.@Nullable Spread a1) {
    return List.of(
        label,
        Numbers.money(s.nominal()),
        Numbers.money(s.mean()),
        Numbers.money(s.median()),
        Numbers.money(s.p025()),
        Numbers.money(s.p975()),
        s.p025() == s.p975() ? l.pick("精确", "exact") : range(s),
        a1 == null ? Numbers.NONE : "±" + percent(a1.percent()));
  }

  private static String range(Stats s) {
    return "−" + percent(s.lowerPct()) + " / +" + percent(s.upperPct());
  }

  private static String percent(double pct) {
    return Double.isInfinite(pct) ? "∞" : Numbers.fixed(pct, 1) + " %";
  }
}
