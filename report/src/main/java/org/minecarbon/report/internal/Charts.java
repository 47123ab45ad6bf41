package org.minecarbon.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/**
 * The report's charts as PNG images drawn with Java2D and the bundled fonts: no SVG engine, no
 * system font, identical on every machine (the same images can be served by a web page).
 */
public final class Charts {
  static final int WIDTH = 680;
  static final int HEIGHT = 260;
  private static final Color EMISSIONS = new Color(0xC0504D);
  private static final Color REMOVALS = new Color(0x2E8B57);
  private static final Color NET = new Color(0x333333);

  private Charts() {}

  /** Donut of the year's emissions by column, with a legend of tonnes and shares. */
  public static byte[] composition(BalanceYear year, Lang lang) {
    Totals t = year.totals();
    return Canvas.png(WIDTH, HEIGHT, g -> donut(g, t, year.year(), lang));
  }

  private static void donut(Graphics2D g, Totals t, int year, Lang lang) {
    double total = t.emissionsTotal();
    Canvas.text(
        g, lang.pick(year + " 年碳排放构成", "Emissions by source, " + year), 20, 22, 13, Canvas.TEXT);
    List<Column> cols = Analysis.dominant(t);
    if (total <= 0 || cols.isEmpty()) {
      Canvas.text(g, lang.pick("无排放数据", "no emissions"), 40, 120, 12, Canvas.TEXT);
      return;
    }
    double start = 90;
    Rectangle2D box = new Rectangle2D.Double(40, 45, 190, 190);
    for (Column c : cols) {
      double extent = -360 * t.get(c) / total;
      g.setColor(Canvas.color(c));
      g.fill(new Arc2D.Double(box, start, extent, Arc2D.PIE));
      start += extent;
    }
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(box.getCenterX() - 52, box.getCenterY() - 52, 104, 104));
    Canvas.centered(
        g,
        Canvas.compact(total),
        (float) box.getCenterX(),
        (float) box.getCenterY() + 2,
        15,
        Canvas.TEXT);
    Canvas.centered(
        g, "tCO2e", (float) box.getCenterX(), (float) box.getCenterY() + 18, 9, Canvas.TEXT);
    float y = 70;
    for (Column c : cols) {
      String label =
          "%s  %s t  (%s)"
              .formatted(lang.label(c), Formats.num(t.get(c)), Formats.pct(Analysis.share(t, c)));
      Canvas.legend(g, 280, y, Canvas.color(c), label);
      y += 22;
    }
  }

  /** Stacked bars of the emission columns per year, total on top. */
  public static byte[] trend(Balance balance, Lang lang) {
    return Canvas.png(WIDTH, HEIGHT, g -> stacked(g, balance, lang));
  }

  private static void stacked(Graphics2D g, Balance balance, Lang lang) {
    Canvas.text(g, lang.pick("碳排放逐年变化", "Emissions by year"), 20, 22, 13, Canvas.TEXT);
    List<BalanceYear> years = balance.years();
    double max = years.stream().mapToDouble(y -> y.totals().emissionsTotal()).max().orElse(0);
    Rectangle2D box = new Rectangle2D.Double(70, 40, 420, 190);
    double top = Canvas.niceCeil(max * 1.1);
    Canvas.axis(g, box, 0, top, 4);
    double slot = box.getWidth() / Math.max(1, years.size());
    double bar = Math.min(60, slot * 0.55);
    for (int i = 0; i < years.size(); i++) {
      Totals t = years.get(i).totals();
      double x = box.getX() + slot * i + (slot - bar) / 2;
      double base = 0;
      for (Column c : Column.EMISSIONS) {
        double v = Math.max(0, t.get(c));
        if (v > 0) {
          bar(g, box, 0, top, x, bar, base, base + v, Canvas.color(c));
        }
        base += v;
      }
      float cx = (float) (x + bar / 2);
      Canvas.centered(
          g,
          Canvas.compact(t.emissionsTotal()),
          cx,
          (float) Canvas.y(box, 0, top, base) - 4,
          9,
          Canvas.TEXT);
      Canvas.centered(g, "" + years.get(i).year(), cx, (float) box.getMaxY() + 14, 10, Canvas.TEXT);
    }
    float y = 50;
    for (Column c : Column.EMISSIONS) {
      if (years.stream().anyMatch(yr -> yr.totals().get(c) > 0)) {
        Canvas.legend(g, 510, y, Canvas.color(c), lang.label(c));
        y += 18;
      }
    }
  }

  /** Per year: emissions, sinks (removals and allowances stacked) and net, side by side. */
  public static byte[] emissionsVsSinks(Balance balance, Lang lang) {
    return Canvas.png(WIDTH, HEIGHT, g -> grouped(g, balance, lang));
  }

  private static void grouped(Graphics2D g, Balance balance, Lang lang) {
    Canvas.text(g, lang.pick("碳排放与碳汇", "Emissions vs sinks"), 20, 22, 13, Canvas.TEXT);
    List<BalanceYear> years = balance.years();
    double max = 0;
    double min = 0;
    for (BalanceYear y : years) {
      Totals t = y.totals();
      max = Math.max(max, Math.max(t.emissionsTotal(), Math.max(t.sinksTotal(), t.net())));
      min = Math.min(min, t.net());
    }
    double top = Canvas.niceCeil(max * 1.1);
    double bottom = min < 0 ? -Canvas.niceCeil(-min * 1.1) : 0;
    Rectangle2D box = new Rectangle2D.Double(70, 40, 420, 190);
    Canvas.axis(g, box, bottom, top, 4);
    double slot = box.getWidth() / Math.max(1, years.size());
    double bar = Math.min(28, slot * 0.22);
    for (int i = 0; i < years.size(); i++) {
      Totals t = years.get(i).totals();
      double x = box.getX() + slot * i + (slot - 3 * bar - 8) / 2;
      bar(g, box, bottom, top, x, bar, 0, t.emissionsTotal(), EMISSIONS);
      bar(g, box, bottom, top, x + bar + 4, bar, 0, t.removals(), REMOVALS);
      bar(
          g,
          box,
          bottom,
          top,
          x + bar + 4,
          bar,
          t.removals(),
          t.sinksTotal(),
          Canvas.color(Column.ALLOWANCE));
      bar(g, box, bottom, top, x + 2 * bar + 8, bar, 0, t.net(), NET);
      float cx = (float) (x + 1.5 * bar + 4);
      Canvas.centered(g, "" + years.get(i).year(), cx, (float) box.getMaxY() + 14, 10, Canvas.TEXT);
    }
    float y = 50;
    y = legendLine(g, y, EMISSIONS, lang.pick("碳排放", "Emissions"));
    y = legendLine(g, y, REMOVALS, lang.pick("碳汇 (清除)", "Removals"));
    y = legendLine(g, y, Canvas.color(Column.ALLOWANCE), lang.pick("购买配额", "Allowances"));
    legendLine(g, y, NET, lang.pick("净排放", "Net"));
  }

  private static float legendLine(Graphics2D g, float y, Color c, String label) {
    Canvas.legend(g, 510, y, c, label);
    return y + 18;
  }

  private static void bar(
      Graphics2D g,
      Rectangle2D box,
      double min,
      double max,
      double x,
      double w,
      double from,
      double to,
      Color c) {
    double y1 = Canvas.y(box, min, max, to);
    double y0 = Canvas.y(box, min, max, from);
    g.setColor(c);
    g.fill(new Rectangle2D.Double(x, Math.min(y0, y1), w, Math.max(0.5, Math.abs(y0 - y1))));
  }
}
