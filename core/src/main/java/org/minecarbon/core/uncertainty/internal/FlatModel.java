package org.minecarbon.core.uncertainty.internal;

import java.util.List;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.Term;

/**
 * A calculation flattened for the Monte Carlo loop: one entry per uncertain term (nominal tCO2e,
 * activity distribution, output slot, factor slots in CSR layout) plus the constant contribution of
 * terms without any uncertainty. Output slot = year index × 12 + column ordinal.
 */
public final class FlatModel {
  public static final int COLUMNS = Column.values().length;

  final int years;
  final int[] yearValues;
  final double[] nominal;
  final double[] constant;
  // uncertain terms
  int terms;
  final double[] base;
  final int[] out;
  final byte[] actKind;
  final double[] act1;
  final double[] act2;
  final double[] act3;
  final int[] refStart;
  final int[] refs;
  int refCount;
  // distinct uncertain factors
  final byte[] facKind;
  final double[] fac1;
  final double[] fac2;
  final double[] fac3;

  private FlatModel(int[] yearValues, int maxTerms, int maxRefs, int factors) {
    this.yearValues = yearValues.clone();
    this.years = yearValues.length;
    nominal = new double[years * COLUMNS];
    constant = new double[years * COLUMNS];
    base = new double[maxTerms];
    out = new int[maxTerms];
    actKind = new byte[maxTerms];
    act1 = new double[maxTerms];
    act2 = new double[maxTerms];
    act3 = new double[maxTerms];
    refStart = new int[maxTerms + 1];
    refs = new int[maxRefs];
    facKind = new byte[factors];
    fac1 = new double[factors];
    fac2 = new double[factors];
    fac3 = new double[factors];
  }

  public static FlatModel build(Calculation calc, ResolvedInputs in) {
    List<CalcLine> lines = calc.lines();
    int maxTerms = 0;
    int maxRefs = 0;
    for (CalcLine line : lines) {
      maxTerms += Math.max(1, line.terms().size());
      for (Term t : line.terms()) {
        maxRefs += t.factors().size() + 1;
      }
    }
    FlatModel m = new FlatModel(in.years(), maxTerms, maxRefs, in.slots().size());
    for (int k = 0; k < in.slots().size(); k++) {
      Sampler.Params p = Sampler.params(in.slots().get(k));
      m.facKind[k] = p.kind();
      m.fac1[k] = p.p1();
      m.fac2[k] = p.p2();
      m.fac3[k] = p.p3();
    }
    for (int i = 0; i < lines.size(); i++) {
      m.addLine(lines.get(i), in, i);
    }
    return m;
  }

  public int years() {
    return years;
  }

  /** Nominal tCO2e of a year and column: the sum of the lines' co2e. */
  public double nominal(int year, Column c) {
    return nominal[year * COLUMNS + c.ordinal()];
  }

  private void addLine(CalcLine line, ResolvedInputs in, int i) {
    int slot = in.lineYear()[i] * COLUMNS + line.column().ordinal();
    nominal[slot] += line.co2e();
    Sampler.Params act = Sampler.params(in.activity()[i]);
    int[] fs = in.factorSlots()[i];
    if (line.terms().isEmpty()) {
      // No term breakdown: the whole line is one term carrying only the activity uncertainty.
      addTerm(slot, line.co2e(), act, new int[0], -1);
      return;
    }
    int gwpSlot = line.gwpIndex() < 0 ? -1 : fs[line.gwpIndex()];
    double gwp = line.gwp();
    for (Term t : line.terms()) {
      int[] termRefs = new int[t.factors().size()];
      for (int j = 0; j < termRefs.length; j++) {
        termRefs[j] = fs[t.factors().get(j)];
      }
      addTerm(slot, t.value(line.factors()) * gwp, act, termRefs, gwpSlot);
    }
  }

  private void addTerm(int slot, double value, Sampler.Params act, int[] termRefs, int gwpSlot) {
    int start = refCount;
    for (int r : termRefs) {
      if (r >= 0) {
        refs[refCount++] = r;
      }
    }
    if (gwpSlot >= 0) {
      refs[refCount++] = gwpSlot;
    }
    if (act.isExact() && refCount == start) {
      constant[slot] += value;
      return;
    }
    base[terms] = value;
    out[terms] = slot;
    actKind[terms] = act.kind();
    act1[terms] = act.p1();
    act2[terms] = act.p2();
    act3[terms] = act.p3();
    refStart[terms] = start;
    terms++;
    refStart[terms] = refCount;
  }
}
