package org.minecarbon.server.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.Factor;

/**
 * An explanation as the panel shows it: a title, the figure, optional summary lines (for derived
 * figures such as net or intensity), and the calculation lines with their terms and factors.
 *
 * @param title what is explained ("2024 · 化石燃料燃烧")
 * @param value the figure (tCO2e, or the derived figure's own unit)
 * @param unit unit of {@code value}
 * @param formula how the figure follows from others, empty when it is a plain sum of lines
 * @param summary labelled figures behind a derived value (emissions total, production…)
 * @param lines the calculation lines that add up to the figure
 * @param factors extra factors a derived figure uses (tce conversion), with provenance
 */
record ExplainView(
    String title,
    double value,
    String unit,
    String formula,
    List<Item> summary,
    List<Line> lines,
    List<FactorUse> factors) {

  /**
   * A labelled figure of a derived value's summary; {@code note} is the enterprise's own text (a
   * benchmark's source), if any.
   */
  record Item(String label, String value, @Nullable String cell, @Nullable String note) {
    Item(String label, String value, @Nullable String cell) {
      this(label, value, cell, null);
    }
  }

  /** One calculation line (one inventory row). */
  record Line(
      String row,
      String pointer,
      String period,
      String site,
      String stage,
      String source,
      String column,
      String gas,
      double gasMass,
      double gwp,
      double co2e,
      String formula,
      List<TermView> terms,
      List<FactorUse> factors) {}

  /** One additive term: activity × coefficient × the named factors. */
  record TermView(
      String label,
      double activity,
      String unit,
      double coefficient,
      String factors,
      double value) {}

  static List<Line> lines(Explanation e, UiLabels labels) {
    return lines(e.lines(), labels);
  }

  static List<Line> lines(List<CalcLine> calcLines, UiLabels labels) {
    List<Line> out = new ArrayList<>();
    for (CalcLine l : calcLines) {
      out.add(line(l, labels));
    }
    return out;
  }

  static Line line(CalcLine l, UiLabels labels) {
    List<TermView> terms = new ArrayList<>();
    for (Term t : l.terms()) {
      List<String> symbols = t.factors().stream().map(i -> l.factors().get(i).symbol()).toList();
      terms.add(
          new TermView(
              t.label(),
              t.activity(),
              t.activityUnit(),
              t.coefficient(),
              String.join(" × ", symbols),
              t.value(l.factors())));
    }
    return new Line(
        l.row().label(),
        l.row().pointer(),
        l.row().period().toString(),
        l.site(),
        labels.stage(l.stage().code()),
        labels.source(l.source()),
        labels.column(l.column()),
        l.gas(),
        l.gasMass(),
        l.gwp(),
        l.co2e(),
        org.minecarbon.report.Reports.formula(l.source(), l.formula(), UiLabels.lang()),
        terms,
        l.factors());
  }

  /** Confidence tag as the panel prints it ({@code [C]}, {@code [user]}). */
  static String tag(Factor f) {
    return f.confidence().tag();
  }
}
