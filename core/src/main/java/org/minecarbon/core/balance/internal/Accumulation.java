package org.minecarbon.core.balance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.gas.GwpTable;
import org.minecarbon.core.inventory.ProductionRow;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.unit.Units;

/**
 * Running per-year sums of a balance, fed one calculation line and one production row at a time and
 * finished into the balance table. Holds no lines, so a stream of any length fits: memory grows
 * only with years, sites, gases and products. Lines and production rows may come in any
 * interleaving; the sums equal those of the whole list added in the same order.
 */
public final class Accumulation {
  private final TreeMap<Integer, YearAccumulator> years = new TreeMap<>();

  public void add(CalcLine line) {
    year(line.year()).add(line);
  }

  public void add(ProductionRow p) {
    YearAccumulator acc = year(p.meta().period().year());
    acc.production.merge(p.product(), p.quantity().in(Units.T), Double::sum);
  }

  private YearAccumulator year(int year) {
    YearAccumulator acc = years.get(year);
    if (acc == null) {
      acc = new YearAccumulator(year);
      years.put(year, acc);
    }
    return acc;
  }

  /**
   * The balance of what was added; {@code calc} supplies the settings, warnings and the lines kept
   * for explanation (a streamed balance keeps none).
   */
  public Result<Balance> finish(Calculation calc, FactorLibrary library) {
    List<Issue> issues = new ArrayList<>(calc.warnings());
    Optional<Factor> gjPerTce = library.resolve(calc.factorSet(), "energy.gj-per-tce");
    Optional<Factor> elecTce = library.resolve(calc.factorSet(), "energy.electricity-tce");
    if (gjPerTce.isEmpty() || elecTce.isEmpty()) {
      return Result.err(
          Issue.error(
              Codes.MISSING_FACTOR,
              "/settings/factorSet",
              "factor set " + calc.factorSet() + " lacks the energy conversion factors",
              calc.factorSet(),
              "energy.gj-per-tce and energy.electricity-tce (inherit from CN-2015)"));
    }
    List<BalanceYear> out = new ArrayList<>();
    for (YearAccumulator acc : years.values()) {
      out.add(year(acc, gjPerTce.get().value(), elecTce.get().value(), issues));
    }
    return Result.ok(new Balance(calc.gwp(), calc.factorSet(), out, calc, issues), issues);
  }

  private static BalanceYear year(
      YearAccumulator acc, double gjPerTce, double tcePerMwh, List<Issue> issues) {
    Totals totals = YearAccumulator.totals(acc.columns);
    double tce = (acc.energyGj + acc.heatGj) / gjPerTce + acc.electricityMwh * tcePerMwh;
    Map<String, Double> intensity = new LinkedHashMap<>();
    Map<String, Double> energyIntensity = new LinkedHashMap<>();
    for (Map.Entry<String, Double> p : acc.production.entrySet()) {
      if (p.getValue() > 0) {
        intensity.put(p.getKey(), totals.emissionsTotal() / p.getValue());
        energyIntensity.put(p.getKey(), tce / p.getValue());
      } else {
        issues.add(
            Issue.warning(
                Codes.NO_PRODUCTION,
                "/production",
                acc.year + " production of " + p.getKey() + " is 0: no intensity"));
      }
    }
    if (acc.production.isEmpty()) {
      issues.add(
          Issue.warning(
              Codes.NO_PRODUCTION,
              "/production",
              "no production rows for " + acc.year + ": intensity per tonne not computed"));
    }
    return new BalanceYear(
        acc.year,
        totals,
        sortedGases(YearAccumulator.unbox(acc.byGas)),
        YearAccumulator.unbox(acc.bySite),
        acc.stages(),
        acc.production,
        intensity,
        tce,
        energyIntensity,
        acc.months());
  }

  private static Map<String, Double> sortedGases(Map<String, Double> byGas) {
    List<String> order = List.copyOf(GwpTable.standard().gases());
    Map<String, Double> out = new LinkedHashMap<>();
    byGas.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Stage code → value in {@link Stage} order, stages without a line left out. */
  static Map<String, Double> sortedStages(double[] byStage, boolean[] seen) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      if (seen[s.ordinal()]) {
        out.put(s.code(), byStage[s.ordinal()]);
      }
    }
    return out;
  }
}
