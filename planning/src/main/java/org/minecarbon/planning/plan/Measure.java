package org.minecarbon.planning.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.result.Require;

/**
 * A measure of the plan (contract §1.3).
 *
 * @param earliestYear first year it may be adopted; null = the horizon's first year
 * @param pointer JSON Pointer of the measure ({@code /measures/3})
 */
public record Measure(
    String id,
    @Nullable String name,
    Category category,
    double capex,
    int lifetime,
    double opex,
    @Nullable Integer earliestYear,
    @Nullable String group,
    List<String> requires,
    List<Effect> effects,
    String pointer) {
  public Measure {
    Require.that(lifetime >= 1, "lifetime must be at least 1");
    requires = List.copyOf(requires);
    effects = List.copyOf(effects);
  }

  /** Capital recovery factor r / (1 − (1 + r)^−lifetime), 1/lifetime when r = 0. */
  public static double crf(double rate, int lifetime) {
    return rate == 0 ? 1.0 / lifetime : rate / (1 - Math.pow(1 + rate, -lifetime));
  }

  /** The yearly cost of the measure while active: capex × CRF + opex. */
  public double yearlyCost(double rate) {
    return capex * crf(rate, lifetime) + opex;
  }
}
