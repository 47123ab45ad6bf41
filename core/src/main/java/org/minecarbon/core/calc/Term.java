package org.minecarbon.core.calc;

import java.util.List;

/**
 * One additive term of a calculation line, in tonnes of the line's gas:
 *
 * <pre>value = activity × coefficient × Π factors[i].value</pre>
 *
 * The coefficient holds signs and fixed constants (44/12, 1/1000, a carbonate mass fraction), the
 * factor indices point into {@link CalcLine#factors()}. Monte Carlo samples the activity and each
 * referenced factor and re-evaluates exactly this product; every line's gas mass is the sum of its
 * terms (a tested invariant).
 *
 * @param label what the activity is ("ventilation", "purchased", "CaCO3")
 * @param activity activity data in {@code activityUnit}
 * @param activityUnit unit of the activity after conversion ({@code t}, {@code 10^4Nm3}, {@code
 *     MWh}, {@code GJ})
 * @param coefficient sign × fixed constants
 * @param factors indices into the line's factor list that multiply this term
 */
public record Term(
    String label, double activity, String activityUnit, double coefficient, List<Integer> factors) {
  public Term {
    factors = List.copyOf(factors);
  }

  /** Evaluates the term against the line's factor values. */
  public double value(List<FactorUse> lineFactors) {
    double v = activity * coefficient;
    for (int i : factors) {
      v *= lineFactors.get(i).factor().value();
    }
    return v;
  }
}
