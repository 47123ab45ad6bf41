package org.minecarbon.app.meter.live;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.minecarbon.core.calc.Column;

/**
 * Emissions of one site from its meters so far today, this month and this year (tCO2e), by the
 * balance column, with the trace of every figure.
 *
 * @param asOf the instant the figures are computed at
 * @param zone the meter registry's timezone (months and days are its local ones)
 * @param readings how many stored readings of the site's meters were used this year
 * @param figures one per emission column the site's meters feed, in balance order
 * @param trace the calculated meter rows behind the month and year figures
 */
public record LiveFigures(
    String site,
    Instant asOf,
    ZoneId zone,
    long readings,
    List<Figure> figures,
    List<Trace> trace) {

  public LiveFigures {
    figures = List.copyOf(figures);
    trace = List.copyOf(trace);
  }

  /** One column's figures (tCO2e). */
  public record Figure(Column column, double today, double month, double year) {}

  /**
   * One calculated {@code meter:} row: how a figure was reached, as data (the page words it in its
   * language).
   *
   * @param window {@code month} (counted in month and year) or {@code year} (earlier months)
   * @param readings stored readings of its meters in the row's month
   * @param source the emission source's code ({@code electricity}, {@code mine-methane}, …)
   * @param formula the engine's formula (English symbols)
   * @param quantities the activity data, one per term of the calculation
   * @param factors the factors with their provenance
   */
  public record Trace(
      Column column,
      String window,
      String rowId,
      List<String> meters,
      long readings,
      String source,
      String formula,
      List<Quantity> quantities,
      List<FactorRef> factors,
      double co2e) {
    public Trace {
      meters = List.copyOf(meters);
      quantities = List.copyOf(quantities);
      factors = List.copyOf(factors);
    }
  }

  /**
   * One activity term.
   *
   * @param label the engine's term label ({@code purchased}, {@code ventilation}, …)
   */
  public record Quantity(String label, double activity, String unit) {}

  /**
   * One factor of a trace.
   *
   * @param symbol its symbol in the formula ({@code EF}, {@code ρ}, {@code GWP})
   * @param id {@code set:key} of a library factor, or the JSON Pointer of a value entered in the
   *     inventory (then {@code entered})
   * @param citation the library's citation (empty for an entered value)
   * @param entered a value typed into the inventory or the meter registry's row template, not a
   *     library default
   */
  public record FactorRef(
      String symbol, double value, String unit, String id, String citation, boolean entered) {}
}
