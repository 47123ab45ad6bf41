package org.minecarbon.planning.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.core.result.Issue;
import org.minecarbon.planning.plan.Measure;
import org.minecarbon.planning.plan.PlanCodes;

/**
 * Contract §1.3: for every set of measures that can be active together (groups respected) the
 * fractions of reduce/substitute/methane effects hitting one row (component) add up to ≤ 1. Per row
 * component the worst set is every ungrouped measure plus, per group, its member with the largest
 * sum.
 */
final class FractionCheck {
  /** One effect's fraction on one row component. */
  private record Hit(Measure measure, double fraction, String pointer) {}

  private final Map<String, List<Hit>> hits = new LinkedHashMap<>();

  /** Records an effect hitting a row (its ventilation and/or drainage for mine methane). */
  void hit(Measure m, BaseLine l, double f, String pointer, boolean vent, boolean drain) {
    String key = l.row().meta().pointer();
    if (!l.isMineMethane()) {
      add(key, new Hit(m, f, pointer));
      return;
    }
    if (vent) {
      add(key + " ventilation", new Hit(m, f, pointer));
    }
    if (drain) {
      add(key + " drainage", new Hit(m, f, pointer));
    }
  }

  private void add(String key, Hit h) {
    hits.computeIfAbsent(key, x -> new ArrayList<>()).add(h);
  }

  void check(List<Issue> issues) {
    for (Map.Entry<String, List<Hit>> e : hits.entrySet()) {
      Map<String, Double> perMeasure = new LinkedHashMap<>();
      Map<String, Double> groupMax = new LinkedHashMap<>();
      Map<String, Measure> byId = new LinkedHashMap<>();
      for (Hit h : e.getValue()) {
        perMeasure.merge(h.measure().id(), h.fraction(), Double::sum);
        byId.put(h.measure().id(), h.measure());
      }
      double sum = 0;
      for (Map.Entry<String, Double> pm : perMeasure.entrySet()) {
        String g = byId.get(pm.getKey()).group();
        if (g == null) {
          sum += pm.getValue();
        } else {
          groupMax.merge(g, pm.getValue(), Math::max);
        }
      }
      sum += groupMax.values().stream().mapToDouble(Double::doubleValue).sum();
      if (sum > 1 + 1e-9) {
        List<Hit> hs = e.getValue();
        issues.add(
            Issue.error(
                PlanCodes.FRACTIONS_EXCEED_ONE,
                hs.get(hs.size() - 1).pointer() + "/fraction",
                "fractions hitting row "
                    + e.getKey()
                    + " add up to more than 1 for measures "
                    + String.join(", ", perMeasure.keySet()),
                sum,
                "≤ 1"));
      }
    }
  }
}
