package org.minecarbon.planning.projection;

import org.minecarbon.core.calc.Column;

/**
 * What one measure changes, year by year, while it is active: the seven emission columns (tCO2e),
 * removals (tCO2), fuel cost (currency) and the net purchased electricity of each site (MWh).
 * Arrays are indexed {@code [k]} by plan year {@code from + k} (sites first for {@code net}); they
 * are owned by the projection and must not be changed.
 */
public final class Impact {
  final double[][] columns;
  final double[] removals;
  final double[] fuelCost;
  final double[][] net;
  private final double yearlyCost;

  Impact(int years, int sites, double yearlyCost) {
    this.columns = new double[years][Column.EMISSIONS.size()];
    this.removals = new double[years];
    this.fuelCost = new double[years];
    this.net = new double[sites][years];
    this.yearlyCost = yearlyCost;
  }

  /** Change of gross emissions E in year index k (tCO2e). */
  public double emissions(int k) {
    double s = 0;
    for (double v : columns[k]) {
      s += v;
    }
    return s;
  }

  /** Change of one emission column (index into {@link Column#EMISSIONS}) in year index k. */
  public double column(int k, int c) {
    return columns[k][c];
  }

  public double removals(int k) {
    return removals[k];
  }

  public double fuelCost(int k) {
    return fuelCost[k];
  }

  /** Change of site {@code s}'s net purchased electricity in year index k (MWh). */
  public double net(int s, int k) {
    return net[s][k];
  }

  /** capex × CRF + opex. */
  public double yearlyCost() {
    return yearlyCost;
  }
}
