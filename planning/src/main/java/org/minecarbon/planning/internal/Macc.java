package org.minecarbon.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minecarbon.planning.plan.PlanDocument;
import org.minecarbon.planning.projection.Impact;
import org.minecarbon.planning.projection.Projection;
import org.minecarbon.planning.result.MaccEntry;
import org.minecarbon.planning.result.Phase;

/** The marginal abatement cost curve and the phases (contract §2). */
public final class Macc {
  private Macc() {}

  /**
   * Each measure alone on the baseline in the reference year: abatement = −ΔE + added removals;
   * cost = capex × CRF + opex + energy cost change; cost per tonne when abatement &gt; 0.
   */
  public static List<MaccEntry> of(PlanDocument doc, Projection p) {
    int year = doc.referenceYear();
    int k = year - doc.from();
    List<MaccEntry> out = new ArrayList<>();
    for (int m = 0; m < doc.measures().size(); m++) {
      Impact im = p.impacts().get(m);
      double abatement = -im.emissions(k) + im.removals(k);
      double energy = im.fuelCost(k);
      for (int s = 0; s < p.sites().size(); s++) {
        double base = p.net(s, k);
        energy += p.electricityCost(base + im.net(s, k), k) - p.electricityCost(base, k);
      }
      double cost = im.yearlyCost() + energy;
      Double perTonne = abatement > 0 ? cost / abatement : null;
      out.add(new MaccEntry(doc.measures().get(m).id(), year, abatement, cost, perTonne));
    }
    out.sort(
        Comparator.comparing(
                (MaccEntry e) ->
                    e.costPerTonne() == null ? Double.POSITIVE_INFINITY : e.costPerTonne())
            .thenComparing(MaccEntry::measure));
    return out;
  }

  /**
   * peak = from … P; neutralize = max(P + 1, N − 9) … N; optimize between; clipped to the horizon,
   * empty phases left out. P defaults to 2030, N to 2060.
   */
  public static List<Phase> phases(PlanDocument doc) {
    int peak = Bounds.peakYear(doc) < 0 ? 2030 : Bounds.peakYear(doc);
    int neutral = Bounds.neutralYear(doc) < 0 ? 2060 : Bounds.neutralYear(doc);
    int nFrom = Math.max(peak + 1, neutral - 9);
    List<Phase> out = new ArrayList<>();
    add(out, "peak", doc.from(), peak, doc);
    add(out, "optimize", peak + 1, nFrom - 1, doc);
    add(out, "neutralize", nFrom, neutral, doc);
    return out;
  }

  private static void add(List<Phase> out, String name, int from, int to, PlanDocument doc) {
    int a = Math.max(from, doc.from());
    int b = Math.min(to, doc.to());
    if (a <= b) {
      out.add(new Phase(name, a, b));
    }
  }
}
