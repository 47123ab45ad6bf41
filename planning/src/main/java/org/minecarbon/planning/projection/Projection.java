package org.minecarbon.planning.projection;

import java.util.List;
import org.minecarbon.core.calc.Column;

/**
 * The baseline of a plan projected over its horizon (contract §1.2) and the linear impact of each
 * measure (§1.3), with the year's prices and discount factors. Emissions are linear in quantities,
 * so the engine's per-row results are computed once and scaled; {@link #rows()} keeps each row's
 * contribution. Year index k stands for plan year {@code from + k}.
 */
public final class Projection {
  final int from;
  final List<String> sites;
  final double[] index;
  final double[] discount;
  final double[] allowancePrice;
  final double[] electricityPrice;
  final double[] exportPrice;
  final double[][] columns;
  final double[] removals;
  final double[] fuelCost;
  final double[][] net;
  final List<Impact> impacts;
  final List<RowTrace> rows;

  Projection(Builder b) {
    this.from = b.from;
    this.sites = List.copyOf(b.sites);
    this.index = b.index;
    this.discount = b.discount;
    this.allowancePrice = b.allowancePrice;
    this.electricityPrice = b.electricityPrice;
    this.exportPrice = b.exportPrice;
    this.columns = b.columns;
    this.removals = b.removals;
    this.fuelCost = b.fuelCost;
    this.net = b.net;
    this.impacts = List.copyOf(b.impacts);
    this.rows = List.copyOf(b.rows);
  }

  /** Mutable arrays filled by the projector before the projection is frozen. */
  static final class Builder {
    int from;
    List<String> sites = List.of();
    double[] index = new double[0];
    double[] discount = new double[0];
    double[] allowancePrice = new double[0];
    double[] electricityPrice = new double[0];
    double[] exportPrice = new double[0];
    double[][] columns = new double[0][];
    double[] removals = new double[0];
    double[] fuelCost = new double[0];
    double[][] net = new double[0][];
    List<Impact> impacts = List.of();
    List<RowTrace> rows = List.of();
  }

  public int from() {
    return from;
  }

  public int years() {
    return index.length;
  }

  public List<String> sites() {
    return sites;
  }

  public List<Impact> impacts() {
    return impacts;
  }

  public List<RowTrace> rows() {
    return rows;
  }

  public double index(int k) {
    return index[k];
  }

  public double discount(int k) {
    return discount[k];
  }

  public double allowancePrice(int k) {
    return allowancePrice[k];
  }

  public double electricityPrice(int k) {
    return electricityPrice[k];
  }

  public double exportPrice(int k) {
    return exportPrice[k];
  }

  /** Baseline column c (index into {@link Column#EMISSIONS}) in year index k, tCO2e. */
  public double column(int k, int c) {
    return columns[k][c];
  }

  /** Baseline gross emissions E in year index k, tCO2e. */
  public double emissions(int k) {
    double s = 0;
    for (double v : columns[k]) {
      s += v;
    }
    return s;
  }

  /** Baseline removals R (sinks without allowances) in year index k, tCO2. */
  public double removals(int k) {
    return removals[k];
  }

  /** Baseline fuel cost in year index k (currency). */
  public double fuelCost(int k) {
    return fuelCost[k];
  }

  /** Baseline net purchased electricity of site s in year index k, MWh. */
  public double net(int s, int k) {
    return net[s][k];
  }

  /** Cost of a site's net purchase: at the electricity price when ≥ 0, at export when below. */
  public double electricityCost(double netMwh, int k) {
    return netMwh >= 0 ? electricityPrice[k] * netMwh : exportPrice[k] * netMwh;
  }

  /** The baseline's own energy cost in year index k: fuels plus every site's net electricity. */
  public double energyBaseline(int k) {
    double s = fuelCost[k];
    for (double[] site : net) {
      s += electricityCost(site[k], k);
    }
    return s;
  }
}
