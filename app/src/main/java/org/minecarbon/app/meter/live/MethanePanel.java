package org.minecarbon.app.meter.live;

import java.time.Instant;
import java.util.List;

/**
 * The methane panel of a site over the last hours: one series per gas meter with its readings' flow
 * (m³/min as read), CH4 concentration (%) and pure-CH4 rate, and the site's emission rate.
 *
 * @param series one per {@code *-ch4} meter of the site, by id
 * @param tco2ePerTenKNm3 tCO2e of 10⁴ Nm³ of emitted pure CH4 in the site's inventory (density ×
 *     GWP, by the balance's calculator); NaN when its factor set has none
 */
public record MethanePanel(
    String site, Instant from, Instant to, double tco2ePerTenKNm3, List<Series> series) {

  public MethanePanel {
    series = List.copyOf(series);
  }

  /** A gas meter's readings in the window. */
  public record Series(String meter, String kind, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /**
   * One ok reading.
   *
   * @param flow mixed-gas flow as read (the meter's flow unit)
   * @param concentration CH4 % by volume
   * @param ch4PerMin pure CH4 m³/min at normal conditions
   * @param tco2ePerHour the CH4 rate as tCO2e/h (× tco2ePerTenKNm3; negative for utilised or flared
   *     gas, which the balance subtracts)
   */
  public record Point(
      Instant time, double flow, double concentration, double ch4PerMin, double tco2ePerHour) {}
}
