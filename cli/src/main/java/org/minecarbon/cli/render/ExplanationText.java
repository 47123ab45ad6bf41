package org.minecarbon.cli.render;

import java.util.ArrayList;
import java.util.List;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.RowMeta;

/**
 * An explanation as text: the figure, then every contributing line with its row, period, site,
 * formula, the terms with numbers substituted, the result, and each factor with value, unit, set,
 * id, citation and confidence tag.
 */
public final class ExplanationText {
  private ExplanationText() {}

  public static List<String> render(Explanation e) {
    List<String> out = new ArrayList<>();
    out.add(heading(e));
    int n = 1;
    for (CalcLine line : e.lines()) {
      out.add("");
      out.addAll(line(n++, line));
    }
    if (e.lines().isEmpty()) {
      out.add("(no row contributes to this figure)");
    }
    return out;
  }

  private static String heading(Explanation e) {
    String label =
        Column.fromCode(e.column()).map(c -> " (" + c.zh() + " / " + c.en() + ")").orElse("");
    return e.subject()
        + label
        + " = "
        + Numbers.money(e.value())
        + " tCO2e from "
        + e.lines().size()
        + (e.lines().size() == 1 ? " line" : " lines");
  }

  static List<String> line(int n, CalcLine line) {
    List<String> out = new ArrayList<>();
    RowMeta row = line.row();
    String id = row.id() == null || row.id().isBlank() ? "" : row.id() + " ";
    out.add(
        "["
            + n
            + "] "
            + id
            + "("
            + row.pointer()
            + ")  "
            + line.source()
            + " · period "
            + row.period()
            + " · site "
            + line.site()
            + " · stage "
            + line.stage().code()
            + " · "
            + line.column().code());
    out.add("    formula: " + line.formula());
    for (Term t : line.terms()) {
      out.add("    " + term(t, line.factors(), line.gas()));
    }
    out.add("    result:  " + result(line));
    for (FactorUse f : line.factors()) {
      out.add("    " + factor(f));
    }
    return out;
  }

  static String term(Term t, List<FactorUse> factors, String gas) {
    StringBuilder sb = new StringBuilder(t.label()).append(": ");
    sb.append(Numbers.plain(t.activity())).append(' ').append(t.activityUnit());
    if (t.coefficient() != 1.0) {
      sb.append(" × ").append(Numbers.plain(t.coefficient()));
    }
    for (int i : t.factors()) {
      FactorUse f = factors.get(i);
      sb.append(" × ").append(f.symbol()).append(' ').append(Numbers.plain(f.factor().value()));
    }
    return sb.append(" = ")
        .append(Numbers.plain(t.value(factors)))
        .append(" t ")
        .append(gas)
        .toString();
  }

  private static String result(CalcLine line) {
    String mass = Numbers.plain(line.gasMass()) + " t " + line.gas();
    if (line.gwpIndex() < 0) {
      return mass + " = " + Numbers.money(line.co2e()) + " tCO2e";
    }
    return mass
        + " × GWP "
        + Numbers.plain(line.gwp())
        + " = "
        + Numbers.money(line.co2e())
        + " tCO2e";
  }

  /** {@code NCV = 43.33 GJ/t [C] CN-2015:fuel.diesel.ncv — citation}. */
  public static String factor(FactorUse use) {
    Factor f = use.factor();
    return use.symbol()
        + " = "
        + Numbers.plain(f.value())
        + " "
        + f.unit()
        + " "
        + f.confidence().tag()
        + " "
        + f.id()
        + " — "
        + f.citation();
  }
}
