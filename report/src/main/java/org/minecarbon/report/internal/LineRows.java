package org.minecarbon.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;

/**
 * The rows of the guideline's activity tables, read off the calculation lines so that every value
 * shown is the one the engine multiplied (no formula is re-implemented here).
 */
public final class LineRows {
  private LineRows() {}

  /** A fuel-combustion line: FC × NCV × CC × OF × 44/12. */
  public record FuelRow(
      CalcLine line, String fuel, double activity, String unit, Factor ncv, Factor cc, Factor of) {}

  /**
   * One carbonate of a decomposition (emission) or carbonation (absorption) line.
   *
   * @param decomposition n of the calcination, null for a carbonation product
   * @param fraction mass fraction PUR of the carbonate
   * @param co2 tonnes CO2 of this term (positive for both directions)
   */
  public record CarbonateTerm(
      CalcLine line,
      boolean absorption,
      String carbonate,
      double mass,
      @Nullable Double decomposition,
      double fraction,
      Factor ef,
      double co2) {}

  /** Net purchased electricity (MWh) or heat (GJ): purchased − exported = net; × EF = CO2. */
  public record EnergyRow(
      CalcLine line, String unit, double purchased, double exported, double net, Factor ef) {}

  public static List<FuelRow> fuels(List<CalcLine> lines) {
    List<FuelRow> rows = new ArrayList<>();
    for (CalcLine l : lines) {
      Optional<Factor> ncv = symbol(l, "NCV");
      Optional<Factor> cc = symbol(l, "CC");
      Optional<Factor> of = symbol(l, "OF");
      if ("fuel".equals(l.source()) && ncv.isPresent() && cc.isPresent() && of.isPresent()) {
        double fc = l.terms().stream().mapToDouble(Term::activity).sum();
        Term t = l.terms().getFirst();
        rows.add(new FuelRow(l, t.label(), fc, t.activityUnit(), ncv.get(), cc.get(), of.get()));
      }
    }
    return rows;
  }

  /** Lines of a column that the detailed table does not itemise (measured, mass balance). */
  public static List<CalcLine> others(List<CalcLine> lines, Column column, String itemised) {
    return lines.stream()
        .filter(l -> l.column() == column && !itemised.equals(l.source()))
        .toList();
  }

  public static List<CarbonateTerm> carbonates(List<CalcLine> lines, Inventory inventory) {
    Map<String, ActivityRow> byPointer = new HashMap<>();
    inventory.activities().forEach(a -> byPointer.put(a.meta().pointer(), a));
    List<CarbonateTerm> rows = new ArrayList<>();
    for (CalcLine l : lines) {
      boolean sink = "carbonation".equals(l.source());
      if (!sink && !"carbonate".equals(l.source())) {
        continue;
      }
      Double n = null;
      if (!sink && byPointer.get(l.row().pointer()) instanceof ActivityRow.Carbonate c) {
        n = c.decomposition() == null ? 1.0 : c.decomposition();
      }
      for (Term t : l.terms()) {
        double nn = n == null ? 1.0 : n;
        Factor ef = l.factors().get(t.factors().getFirst()).factor();
        double co2 = t.value(l.factors());
        rows.add(
            new CarbonateTerm(
                l, sink, t.label(), t.activity(), n, t.coefficient() / nn, ef, Math.abs(co2)));
      }
    }
    return rows;
  }

  public static List<EnergyRow> energy(List<CalcLine> lines, Column column) {
    List<EnergyRow> rows = new ArrayList<>();
    for (CalcLine l : lines) {
      Optional<Factor> ef = symbol(l, "EF");
      if (l.column() != column || ef.isEmpty()) {
        continue;
      }
      double exported =
          l.terms().stream()
              .filter(t -> t.label().equals("exported"))
              .mapToDouble(Term::activity)
              .sum();
      boolean power = column == Column.ELECTRICITY;
      double net = power ? l.electricityMwh() : l.heatGj();
      rows.add(new EnergyRow(l, power ? "MWh" : "GJ", net + exported, exported, net, ef.get()));
    }
    return rows;
  }

  static Optional<Factor> symbol(CalcLine line, String symbol) {
    return line.factors().stream()
        .filter(u -> u.symbol().equals(symbol))
        .map(FactorUse::factor)
        .findFirst();
  }

  /** Every factor the lines used, once each (by id), in first-use order, with its symbol. */
  public static List<FactorUse> distinctFactors(List<CalcLine> lines) {
    Map<String, FactorUse> seen = new java.util.LinkedHashMap<>();
    for (CalcLine l : lines) {
      for (FactorUse u : l.factors()) {
        seen.putIfAbsent(u.factor().id(), u);
      }
    }
    return List.copyOf(seen.values());
  }
}
