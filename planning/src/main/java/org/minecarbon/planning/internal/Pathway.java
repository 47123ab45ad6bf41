package org.minecarbon.planning.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.calc.Column;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.projection.Impact;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.result.Adoption;
import org.minecarbon.planning.result.Contribution;
import org.minecarbon.planning.result.SeedPath;
import org.minecarbon.planning.result.YearCost;
import org.minecarbon.planning.result.YearResult;

/**
 * The year table of a choice of active measures (contract §2): emissions per column, removals, B(t)
 * = max(0, E − R) from the neutral year on, intensities and costs, recomputed from the projection
 * so that every figure follows from the formulas, not from solver round-off.
 */
public final class Pathway {
  private Pathway() {}

  /**
   * @param active active[m][k]
   * @param neutralYear first year with allowances bought, −1 for none
   * @param baseProduction base-year production by product
   */
  public static List<YearResult> years(
      PlanDocument doc,
      Projection p,
      boolean[][] active,
      int neutralYear,
      Map<String, Double> baseProduction) {
    List<YearResult> out = new ArrayList<>();
    for (int k = 0; k < p.years(); k++) {
      out.add(year(doc, p, active, k, neutralYear, baseProduction));
    }
    return out;
  }

  private static YearResult year(
      PlanDocument doc,
      Projection p,
      boolean[][] active,
      int k,
      int neutralYear,
      Map<String, Double> baseProduction) {
    int t = doc.from() + k;
    Map<Column, Double> cols = new EnumMap<>(Column.class);
    double[] net = new double[p.sites().size()];
    for (int s = 0; s < net.length; s++) {
      net[s] = p.net(s, k);
    }
    for (int c = 0; c < Column.EMISSIONS.size(); c++) {
      cols.put(Column.EMISSIONS.get(c), p.column(k, c));
    }
    double[] sums = new double[3]; // removals, measures, fuel cost change
    sums[0] = p.removals(k);
    for (int m = 0; m < active.length; m++) {
      if (active[m][k]) {
        add(p.impacts().get(m), k, cols, net, sums);
      }
    }
    double removals = sums[0];
    double measures = sums[1];
    double energy = sums[2];
    for (int s = 0; s < net.length; s++) {
      energy += p.electricityCost(net[s], k) - p.electricityCost(p.net(s, k), k);
    }
    double total = cols.values().stream().mapToDouble(Double::doubleValue).sum();
    double bought = neutralYear >= 0 && t >= neutralYear ? Math.max(0, total - removals) : 0;
    double allowances = p.allowancePrice(k) * bought;
    double sum = measures + energy + allowances;
    Map<String, Double> intensity = new LinkedHashMap<>();
    baseProduction.forEach((prod, q) -> intensity.put(prod, total / (q * p.index(k))));
    return new YearResult(
        t,
        cols,
        total,
        removals,
        bought,
        total - removals - bought,
        intensity,
        new YearCost(measures, energy, allowances, sum, sum * p.discount(k)),
        p.energyBaseline(k),
        contributions(doc, p, active, k));
  }

  /**
   * Each active measure's exact part in year index k, in document order: −ΔE and ΔR, the same
   * coefficients the programme gives y[m,k] (effects are additive on the scaled baseline).
   */
  private static List<Contribution> contributions(
      PlanDocument doc, Projection p, boolean[][] active, int k) {
    List<Contribution> out = new ArrayList<>();
    for (int m = 0; m < active.length; m++) {
      if (active[m][k]) {
        Impact im = p.impacts().get(m);
        var me = doc.measures().get(m);
        out.add(
            new Contribution(
                me.id(), SeedPath.of(me.category()), -im.emissions(k), im.removals(k)));
      }
    }
    return out;
  }

  /** Adds an active measure's year-k impact to the columns, site nets and sums. */
  private static void add(Impact im, int k, Map<Column, Double> cols, double[] net, double[] sums) {
    for (int c = 0; c < Column.EMISSIONS.size(); c++) {
      cols.merge(Column.EMISSIONS.get(c), im.column(k, c), Double::sum);
    }
    sums[0] += im.removals(k);
    sums[1] += im.yearlyCost();
    sums[2] += im.fuelCost(k);
    for (int s = 0; s < net.length; s++) {
      net[s] += im.net(s, k);
    }
  }

  /** Adoptions sorted by year, then id. */
  public static List<Adoption> adopted(PlanDocument doc, boolean[][] active) {
    List<Adoption> out = new ArrayList<>();
    for (int m = 0; m < active.length; m++) {
      for (int k = 0; k < active[m].length; k++) {
        if (active[m][k]) {
          out.add(new Adoption(doc.measures().get(m).id(), doc.from() + k));
          break;
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Adoption::year).thenComparing(Adoption::measure));
    return out;
  }
}
