package org.minecarbon.core.uncertainty;

/**
 * One uncertain (or deliberately exact) input of an analysis, so a reader sees what was assumed.
 *
 * @param subject row label (id or JSON Pointer) for activity data, factor id ({@code set:key}) for
 *     a factor
 * @param kind {@code activity} or {@code factor}
 * @param distribution the distribution in compact form ({@code normal:5}); {@code none} when the
 *     input is treated as exact
 * @param source where the distribution comes from: {@code row} (given in the inventory), the
 *     default's citation, the factor file, or why the input is exact
 */
public record InputUncertainty(String subject, String kind, String distribution, String source) {
  public static final String ACTIVITY = "activity";
  public static final String FACTOR = "factor";
  public static final String NONE = "none";
}
