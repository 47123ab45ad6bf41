package org.minecarbon.planning.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.projection.Impact;
import org.minecarbon.planning.projection.Projection;

/**
 * Builds the mixed-integer programme of a plan (docs/planning.md §3): active binaries y[m,k] and
 * adoption binaries x[m,k] = y[m,k] − y[m,k−1] (so y is monotone); groups Σ y[m,last] ≤ 1; requires
 * y[d,k] ≤ y[p,k]; budget Σ capex·x[m,k] ≤ budget(t), a 0-1 knapsack the solver can cut; per site
 * purchase P − export X = net; B(k) for years under a neutral target; the target rows; the
 * discounted cost objective. Money is in MCNY ({@link #MONEY_SCALE}) and emissions in ktCO2e
 * ({@link #EMISSION_SCALE}).
 */
public final class PlanModel {
  public static final double MONEY_SCALE = 1e6;
  public static final double EMISSION_SCALE = 1e3;

  private final Mip mip = new Mip();
  private final PlanDocument doc;
  private final Projection p;
  private final int[][] y;
  private final int[][] x;
  private final int[][] buy;
  private final int[][] sell;
  private final int[] allowance;
  private int slack = -1;
  private double constant;

  private PlanModel(PlanDocument doc, Projection p) {
    this.doc = doc;
    this.p = p;
    int n = p.years();
    this.y = new int[doc.measures().size()][n];
    this.x = new int[doc.measures().size()][n];
    this.buy = new int[p.sites().size()][n];
    this.sell = new int[p.sites().size()][n];
    this.allowance = new int[n];
    java.util.Arrays.fill(allowance, -1);
  }

  /**
   * The cost-minimising programme under every bound given.
   *
   * @param neutralFrom first year index with B (−1 when no neutral target)
   */
  public static PlanModel cost(
      PlanDocument doc, Projection p, List<YearBound> bounds, int neutralFrom) {
    PlanModel m = new PlanModel(doc, p);
    m.structure(neutralFrom, true);
    bounds.forEach(b -> m.bound(b, false));
    return m;
  }

  /** Minimises the excess of one bound alone (tCO2e), structure constraints kept. */
  public static PlanModel excess(PlanDocument doc, Projection p, YearBound bound) {
    PlanModel m = new PlanModel(doc, p);
    m.structure(bound instanceof YearBound.Neutral ? bound.k() : -1, false);
    m.slack = m.mip.addVar("excess", 0, Double.POSITIVE_INFINITY, false, 1);
    m.bound(bound, true);
    return m;
  }

  public Mip mip() {
    return mip;
  }

  /** Objective constant the MPS cannot carry (currency): minus the baseline electricity cost. */
  public double objectiveConstant() {
    return constant;
  }

  public int active(int m, int k) {
    return y[m][k];
  }

  public int allowanceVar(int k) {
    return allowance[k];
  }

  public int slackVar() {
    return slack;
  }

  private void structure(int neutralFrom, boolean costs) {
    int n = p.years();
    for (int m = 0; m < y.length; m++) {
      Measure me = doc.measures().get(m);
      int earliest = me.earliestYear() == null ? doc.from() : me.earliestYear();
      for (int k = 0; k < n; k++) {
        double ub = doc.from() + k < earliest ? 0 : 1;
        double c = costs ? p.discount(k) * costOf(p.impacts().get(m), k) / MONEY_SCALE : 0;
        y[m][k] = mip.addVar("y_" + m + "_" + (doc.from() + k), 0, ub, true, c);
        step(m, k, ub);
      }
    }
    requiresAndGroups();
    budget();
    electricity(costs);
    for (int k = Math.max(0, neutralFrom); neutralFrom >= 0 && k < n; k++) {
      double c = costs ? p.discount(k) * p.allowancePrice(k) * EMISSION_SCALE / MONEY_SCALE : 0;
      allowance[k] = mip.addVar("B_" + (doc.from() + k), 0, Double.POSITIVE_INFINITY, false, c);
    }
  }

  /**
   * Monotone y: with a budget through the adoption binary, x[m,k] − y[m,k] + y[m,k−1] = 0 (x ≥ 0);
   * without one (x would only double the binaries) as y[m,k−1] − y[m,k] ≤ 0.
   */
  private void step(int m, int k, double ub) {
    Mip.Terms link = new Mip.Terms();
    if (!doc.budget().isEmpty()) {
      x[m][k] = mip.addVar("x_" + m + "_" + (doc.from() + k), 0, ub, true, 0);
      link.add(x[m][k], 1).add(y[m][k], -1);
      if (k > 0) {
        link.add(y[m][k - 1], 1);
      }
      mip.addRow("adopt_" + m + "_" + k, 0, 0, link);
    } else if (k > 0) {
      link.add(y[m][k - 1], 1).add(y[m][k], -1);
      mip.addRow("mono_" + m + "_" + k, Double.NEGATIVE_INFINITY, 0, link);
    }
  }

  private static double costOf(Impact impact, int k) {
    return impact.yearlyCost() + impact.fuelCost(k);
  }

  private void requiresAndGroups() {
    int n = p.years();
    List<Measure> ms = doc.measures();
    java.util.Map<String, Mip.Terms> groups = new java.util.LinkedHashMap<>();
    for (int m = 0; m < ms.size(); m++) {
      for (String req : ms.get(m).requires()) {
        int r = indexOf(req);
        for (int k = 0; k < n && r >= 0; k++) {
          mip.addRow(
              "req_" + m + "_" + r + "_" + k,
              Double.NEGATIVE_INFINITY,
              0,
              new Mip.Terms().add(y[m][k], 1).add(y[r][k], -1));
        }
      }
      String g = ms.get(m).group();
      if (g != null) {
        groups.computeIfAbsent(g, x -> new Mip.Terms()).add(y[m][n - 1], 1);
      }
    }
    int gi = 0;
    for (Mip.Terms t : groups.values()) {
      mip.addRow("group_" + gi++, Double.NEGATIVE_INFINITY, 1, t);
    }
  }

  private int indexOf(String id) {
    for (int m = 0; m < doc.measures().size(); m++) {
      if (doc.measures().get(m).id().equals(id)) {
        return m;
      }
    }
    return -1;
  }

  /**
   * Per year the knapsack Σ capex·x[m,k] ≤ budget(t) on the adoption binaries (a cumulative form Σ
   * capex·y[m,k] ≤ Σ_{j≤k} budget was tried and left out: slower in every paired run,
   * bench/PLAN.md).
   */
  private void budget() {
    if (doc.budget().isEmpty()) {
      return;
    }
    for (int k = 0; k < p.years(); k++) {
      Mip.Terms t = new Mip.Terms();
      for (int m = 0; m < y.length; m++) {
        t.add(x[m][k], doc.measures().get(m).capex() / MONEY_SCALE);
      }
      double limit = doc.budget().at(doc.from() + k) / MONEY_SCALE;
      mip.addRow("budget_" + (doc.from() + k), Double.NEGATIVE_INFINITY, limit, t);
    }
  }

  /** Per site and year: P − X − Σ Δnet·y = baseline net, priced P at electricity, X at export. */
  private void electricity(boolean costs) {
    for (int s = 0; s < p.sites().size(); s++) {
      for (int k = 0; k < p.years(); k++) {
        double d = costs ? p.discount(k) / MONEY_SCALE : 0;
        String tag = s + "_" + (doc.from() + k);
        buy[s][k] =
            mip.addVar("P_" + tag, 0, Double.POSITIVE_INFINITY, false, d * p.electricityPrice(k));
        sell[s][k] =
            mip.addVar("X_" + tag, 0, Double.POSITIVE_INFINITY, false, -d * p.exportPrice(k));
        Mip.Terms t = new Mip.Terms().add(buy[s][k], 1).add(sell[s][k], -1);
        for (int m = 0; m < y.length; m++) {
          t.add(y[m][k], -p.impacts().get(m).net(s, k));
        }
        double base = p.net(s, k);
        mip.addRow("net_" + tag, base, base, t);
        if (costs) {
          constant -= p.discount(k) * p.electricityCost(base, k);
        }
      }
    }
  }

  /** Adds Σ e·y terms of E(k) in kt with the given sign; returns the baseline E(k) in kt. */
  private double emissions(Mip.Terms t, int k, double sign) {
    for (int m = 0; m < y.length; m++) {
      t.add(y[m][k], sign * p.impacts().get(m).emissions(k) / EMISSION_SCALE);
    }
    return p.emissions(k) / EMISSION_SCALE;
  }

  private void bound(YearBound b, boolean relaxed) {
    Mip.Terms t = new Mip.Terms();
    String name = "target" + b.target() + "_" + (doc.from() + b.k());
    switch (b) {
      case YearBound.Max max -> {
        double e0 = emissions(t, max.k(), 1);
        relax(t, relaxed, -1);
        mip.addRow(name, Double.NEGATIVE_INFINITY, max.limit() / EMISSION_SCALE - e0, t);
      }
      case YearBound.Peak peak -> {
        double e0 = emissions(t, peak.k(), 1) - emissions(t, peak.peak(), -1);
        relax(t, relaxed, -1);
        mip.addRow(name, Double.NEGATIVE_INFINITY, -e0, t);
      }
      case YearBound.Neutral nt -> neutral(t, nt, relaxed, name);
    }
  }

  private void neutral(Mip.Terms t, YearBound.Neutral nt, boolean relaxed, String name) {
    int k = nt.k();
    int b = allowance[k];
    double e0 = emissions(t, k, -1);
    double r0 = p.removals(k) / EMISSION_SCALE;
    for (int m = 0; m < y.length; m++) {
      t.add(y[m][k], p.impacts().get(m).removals(k) / EMISSION_SCALE);
    }
    t.add(b, 1);
    relax(t, relaxed, 1);
    mip.addRow(name, e0 - r0, Double.POSITIVE_INFINITY, t);
    Mip.Terms share = new Mip.Terms().add(b, 1);
    double e = emissions(share, k, -nt.maxShare());
    mip.addRow(name + "_share", Double.NEGATIVE_INFINITY, nt.maxShare() * e, share);
  }

  private void relax(Mip.Terms t, boolean relaxed, double sign) {
    if (relaxed) {
      t.add(slack, sign / EMISSION_SCALE);
    }
  }

  /** The value of a variable in a solution, or 0 for an absent variable. */
  public static double valueOf(double @Nullable [] values, int var) {
    return values == null || var < 0 ? 0 : values[var];
  }
}
