package org.minecarbon.planning.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.inventory.Inventory;

/**
 * A plan document v1 ({@code "format": "minecarbon/plan@1"}) as values; io reads it, {@link
 * PlanChecks} validates its semantics.
 *
 * @param production the production index path (empty = 1)
 * @param gridFactor the grid-factor path (empty = base-year factors)
 * @param budget capex budget path by adoption year (empty = no budget)
 * @param maccYear reference year of the MACC; null = {@code from + 5} clipped to the horizon
 */
public record PlanDocument(
    Inventory inventory,
    int baseYear,
    int from,
    int to,
    double discountRate,
    String currency,
    YearPath production,
    YearPath gridFactor,
    Prices prices,
    double maxShare,
    YearPath budget,
    List<Target> targets,
    List<Measure> measures,
    @Nullable Integer maccYear) {
  public static final String FORMAT = "minecarbon/plan@1";

  public PlanDocument {
    targets = List.copyOf(targets);
    measures = List.copyOf(measures);
  }

  public int years() {
    return to - from + 1;
  }

  /** The production index in {@code year}: 1 at the base year, interpolated to the first point. */
  public double index(int year) {
    return production.at(year, baseYear, 1.0);
  }

  /** Discount factor 1/(1 + r)^(t − from). */
  public double discount(int year) {
    return 1.0 / Math.pow(1 + discountRate, year - from);
  }

  /** The MACC reference year: {@code maccYear}, default from + 5, clipped to the horizon. */
  public int referenceYear() {
    int y = maccYear != null ? maccYear : from + 5;
    return Math.max(from, Math.min(to, y));
  }

  /** The same plan under other prices (a scenario). */
  public PlanDocument withPrices(Prices other) {
    return new PlanDocument(
        inventory,
        baseYear,
        from,
        to,
        discountRate,
        currency,
        production,
        gridFactor,
        other,
        maxShare,
        budget,
        targets,
        measures,
        maccYear);
  }
}
