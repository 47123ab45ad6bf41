package org.minecarbon.server.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.minecarbon.app.plan.Trajectory;

/** The dashboard's sentences about a target trajectory, in the page's language. */
final class DashboardTexts {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** A message lookup: key and arguments to the text in the page's language. */
  interface Messages {
    String get(String key, Object[] args);
  }

  private DashboardTexts() {}

  /** Which plan, version and run the numbers come from (the run's time in UTC, for data). */
  static String source(Trajectory t, Messages m) {
    return m.get(
        "dash.source",
        new Object[] {t.planName(), t.version(), t.runId(), WHEN.format(t.runAt()) + " UTC"});
  }

  /**
   * {@link #source} for the page: the text before and after the run's time, which the page shows as
   * a {@code <time class="local-time">} in the reader's timezone as every other time.
   */
  static List<String> sourceAround(Trajectory t, Messages m) {
    String marker = "\u0000";
    String text = m.get("dash.source", new Object[] {t.planName(), t.version(), t.runId(), marker});
    int at = text.indexOf(marker);
    return at < 0 ? List.of(text, "") : List.of(text.substring(0, at), text.substring(at + 1));
  }

  /**
   * The latest actual year against the path in words: "2025 年实际排放 12.3 万吨，高于路径 4.5 %"; empty when
   * there is nothing to compare.
   */
  static String gap(Trajectory t, Messages m) {
    Trajectory.Gap g = t.gap();
    if (g == null) {
      return t.path().isEmpty() ? m.get("dash.gap.nopath", new Object[0]) : "";
    }
    String actual = tenThousand(g.actual());
    String path = tenThousand(g.pathValue());
    String where =
        g.sameYear()
            ? ""
            : m.get(
                g.year() < g.pathYear() ? "dash.gap.before" : "dash.gap.after",
                new Object[] {String.valueOf(g.pathYear())});
    if (g.ratio() == null) {
      return m.get("dash.gap.zeroPath", new Object[] {String.valueOf(g.year()), actual}) + where;
    }
    double pct = Math.abs(g.ratio()) * 100;
    String key = pct < 0.05 ? "dash.gap.on" : g.ratio() > 0 ? "dash.gap.above" : "dash.gap.below";
    return m.get(
            key,
            new Object[] {
              String.valueOf(g.year()),
              actual,
              String.format(java.util.Locale.ROOT, "%.1f", pct),
              path,
              String.valueOf(g.pathYear())
            })
        + where;
  }

  /** tCO2e in 10⁴ t (万吨), two decimals. */
  static String tenThousand(double tonnes) {
    return String.format(java.util.Locale.ROOT, "%,.2f", tonnes / 1e4);
  }
}
