package org.minecarbon.io.result;

import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.io.json.Nodes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An explanation ({@code minecarbon/explanation@1}): the figure, then every contributing line with
 * its row, formula, terms (activity × coefficient × factors) and factors with their provenance.
 */
public final class ExplanationJson {
  public static final String FORMAT = "minecarbon/explanation@1";

  private ExplanationJson() {}

  public static ObjectNode write(Explanation e) {
    ObjectNode root = Nodes.object();
    root.put("format", FORMAT);
    root.put("subject", e.subject());
    root.put("year", e.year());
    root.put("column", e.column());
    root.put("value", e.value());
    root.put("unit", "tCO2e");
    ArrayNode lines = root.putArray("lines");
    e.lines().forEach(l -> lines.add(line(l)));
    return root;
  }

  private static ObjectNode line(CalcLine l) {
    ObjectNode o = Nodes.object();
    o.set("row", row(l));
    o.put("source", l.source());
    o.put("column", l.column().code());
    o.put("gas", l.gas());
    o.put("gasMass", l.gasMass());
    o.put("gwp", l.gwp());
    o.put("co2e", l.co2e());
    o.put("formula", l.formula());
    ArrayNode terms = o.putArray("terms");
    l.terms().forEach(t -> terms.add(term(t, l)));
    ArrayNode factors = o.putArray("factors");
    l.factors().forEach(f -> factors.add(factor(f)));
    return o;
  }

  private static ObjectNode row(CalcLine l) {
    RowMeta m = l.row();
    ObjectNode o = Nodes.object();
    Nodes.str(o, "id", m.id());
    o.put("pointer", m.pointer());
    o.put("period", m.period().toString());
    o.put("site", l.site());
    o.put("stage", l.stage().code());
    return o;
  }

  private static ObjectNode term(Term t, CalcLine l) {
    ObjectNode o = Nodes.object();
    o.put("label", t.label());
    o.put("activity", t.activity());
    o.put("unit", t.activityUnit());
    o.put("coefficient", t.coefficient());
    ArrayNode symbols = o.putArray("factors");
    t.factors().forEach(i -> symbols.add(l.factors().get(i).symbol()));
    o.put("value", t.value(l.factors()));
    return o;
  }

  private static ObjectNode factor(FactorUse use) {
    Factor f = use.factor();
    ObjectNode o = Nodes.object();
    o.put("symbol", use.symbol());
    o.put("id", f.id());
    o.put("set", f.set());
    o.put("key", f.key());
    o.put("value", f.value());
    o.put("unit", f.unit());
    o.put("citation", f.citation());
    o.put("confidence", f.confidence().label());
    o.put("note", f.note());
    return o;
  }
}
