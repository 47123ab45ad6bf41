package org.minecarbon.app.meter.live;

import java.time.Instant;
import java.util.List;
import org.minecarbon.core.calc.Column;

/**
 * Emissions of one site from its meters so far today, this month and this year (tCO2e), by the
 * balance column, with the trace of every figure.
 *
 * @param asOf the instant the figures are computed at
 * @param readings how many stored readings of the site's meters were used this year
 * @param figures one per emission column the site's meters feed, in balance order
 * @param trace the calculated meter rows behind the month and year figures
 */
public record LiveFigures(
    String site, Instant asOf, long readings, List<Figure> figures, List<Trace> trace) {

  public LiveFigures {
    figures = List.copyOf(figures);
    trace = List.copyOf(trace);
  }

  /** One column's figures (tCO2e). */
  public record Figure(Column column, double today, double month, double year) {}

  /**
   * One calculated {@code meter:} row: how a figure was reached.
   *
   * @param window {@code month} (counted in month and year) or {@code year} (earlier months)
   * @param readings stored readings of its meters in the row's month
   * @param factors the factors with their citations, one per line ("EF = 0.5 tCO2/MWh — cite")
   */
  public record Trace(
      Column column,
      String window,
      String rowId,
      List<String> meters,
      long readings,
      String quantity,
      String formula,
      List<String> factors,
      double co2e) {
    public Trace {
      meters = List.copyOf(meters);
      factors = List.copyOf(factors);
    }
  }
}
