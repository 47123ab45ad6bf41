package org.minecarbon.planning.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.plan.YearPath;

/**
 * Grid factors of plan years (contract §1.2, §1.3): a row's own base-year factor, or the {@code
 * gridFactor} path interpolated from it; for electricity a measure adds or removes at a site, the
 * site's one base-year factor (several distinct ones make it ambiguous).
 */
final class Grid {
  private final PlanDocument doc;
  private final YearPath path;
  private final List<TreeSet<Double>> siteFactors = new ArrayList<>();

  Grid(PlanDocument doc, List<String> sites, List<BaseLine> lines) {
    this.doc = doc;
    this.path = doc.gridFactor();
    for (String s : sites) {
      TreeSet<Double> set = new TreeSet<>();
      for (BaseLine l : lines) {
        if (l.isElectricity() && l.site().equals(s)) {
          set.add(l.ef());
        }
      }
      siteFactors.add(set);
    }
  }

  /** A base-year row's factor in year t. */
  double rowFactor(double baseFactor, int t) {
    return path.at(t, doc.baseYear(), baseFactor);
  }

  /** Whether site s has base-year electricity rows. */
  boolean hasElectricity(int s) {
    return !siteFactors.get(s).isEmpty();
  }

  /** Distinct base-year factors of site s. */
  int distinctFactors(int s) {
    return siteFactors.get(s).size();
  }

  /**
   * The factor of electricity a measure changes at site s in year t; empty when the site has no
   * base-year electricity and no path is given.
   */
  OptionalDouble siteFactor(int s, int t) {
    TreeSet<Double> set = siteFactors.get(s);
    if (set.isEmpty()) {
      return path.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(path.at(t));
    }
    return OptionalDouble.of(path.at(t, doc.baseYear(), set.first()));
  }
}
