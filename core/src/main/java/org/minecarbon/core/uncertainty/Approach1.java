package org.minecarbon.core.uncertainty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.minecarbon.core.calc.Column;

/**
 * IPCC 2006 Vol. 1 Ch. 3 Approach 1 (error propagation) for one year. Each term's relative
 * uncertainty is √(U_activity² + Σ U_factor²) (Eq. 3.1); sums combine absolute half-widths as
 * √Σ(U_i·x_i)² (Eq. 3.2). Correlations are ignored, which is why Approach 2 (Monte Carlo, where a
 * shared factor moves every line that uses it) gives a wider interval for shared factors.
 *
 * @param columns every balance column
 * @param emissions the seven emission columns
 * @param sinks the five sink columns
 * @param net emissions − sinks
 */
public record Approach1(
    Map<Column, Approach1.Spread> columns, Spread emissions, Spread sinks, Spread net) {

  public Approach1 {
    EnumMap<Column, Spread> copy = new EnumMap<>(Column.class);
    copy.putAll(columns);
    columns = Collections.unmodifiableMap(copy);
  }

  /**
   * A nominal value and the half-width of its 95 % interval, both in tCO2e.
   *
   * @param nominal the balance figure
   * @param halfWidth √Σ(U_i·|x_i|)² over the contributing terms, U as a fraction
   */
  public record Spread(double nominal, double halfWidth) {
    /**
     * The half-width in % of |nominal| (IPCC's "U_total"); 0 when there is no uncertainty, infinite
     * when the nominal value is 0 but the half-width is not.
     */
    public double percent() {
      if (halfWidth == 0) {
        return 0;
      }
      return nominal == 0 ? Double.POSITIVE_INFINITY : 100 * halfWidth / Math.abs(nominal);
    }
  }
}
