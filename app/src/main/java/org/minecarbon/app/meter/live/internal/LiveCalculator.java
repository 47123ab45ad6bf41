package org.minecarbon.app.meter.live.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.core.result.Result;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.meter.rows.MeterRows;

/**
 * Live figures as pure functions: the site's {@code meter:} rows of the year so far are derived by
 * {@link MeterRows} (the code that makes the inventory's rows) and calculated by core's {@link
 * Calculator} inside the enterprise's inventory (its settings, sites and factor set), so a live
 * figure and the balance are one calculation.
 *
 * <p>year = Σ CO2e of the year's rows; month = Σ of the current month's row(s); today = month − the
 * current month's rows derived from the readings up to the start of today (the readings count of an
 * interval that crosses midnight falls to today, the day its closing reading arrived).
 */
public final class LiveCalculator {
  private LiveCalculator() {}

  public static LiveFigures figures(
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      List<Reading> readings,
      String site,
      Instant now) {
    ZoneId zone = registry.timezone();
    LocalDate day = now.atZone(zone).toLocalDate();
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    YearMonth month = YearMonth.from(day);
    List<Reading> upToNow = readings.stream().filter(r -> !r.time().isAfter(now)).toList();
    List<Reading> beforeToday = upToNow.stream().filter(r -> !r.time().isAfter(dayStart)).toList();
    List<MeterRow> all = siteRows(registry, upToNow, site, now, day.getYear());
    List<MeterRow> before = siteRows(registry, beforeToday, site, now, day.getYear());
    Calculation year = calculate(base, library, all);
    Calculation earlier = calculate(base, library, before);
    Map<Column, double[]> sums = new EnumMap<>(Column.class);
    List<LiveFigures.Trace> trace = new ArrayList<>();
    for (CalcLine line : year.lines()) {
      boolean current = isMonth(line.row().period(), month);
      double[] s = sums.computeIfAbsent(line.column(), c -> new double[3]);
      s[2] += line.co2e();
      if (current) {
        s[1] += line.co2e();
        s[0] += line.co2e();
      }
      trace.add(Traces.of(line, current ? "month" : "year", all, upToNow, zone));
    }
    for (CalcLine line : earlier.lines()) {
      if (isMonth(line.row().period(), month)) {
        sums.computeIfAbsent(line.column(), c -> new double[3])[0] -= line.co2e();
      }
    }
    List<LiveFigures.Figure> figures = new ArrayList<>();
    for (Column c : Column.values()) {
      double[] s = sums.get(c);
      if (s != null) {
        figures.add(new LiveFigures.Figure(c, s[0], s[1], s[2]));
      }
    }
    long count = upToNow.stream().filter(r -> inYear(r, zone, day.getYear())).count();
    return new LiveFigures(site, now, count, figures, trace);
  }

  /** The site's meter rows of the given year, from these readings. */
  static List<MeterRow> siteRows(
      MeterRegistry registry, List<Reading> readings, String site, Instant now, int year) {
    return MeterRows.compute(registry, readings, y -> true, now).rows().stream()
        .filter(r -> site.equals(r.row().meta().site()))
        .filter(r -> r.row().meta().period().year() == year)
        .toList();
  }

  /** The rows calculated within the enterprise's inventory (its settings, sites and factors). */
  static Calculation calculate(Inventory base, FactorLibrary library, List<MeterRow> rows) {
    List<ActivityRow> activities = rows.stream().map(MeterRow::row).toList();
    Inventory inv =
        new Inventory(
            base.enterprise(), base.settings(), base.sites(), activities, List.of(), List.of());
    Result<Calculation> r = new Calculator(library).calculate(inv);
    if (r instanceof Result.Ok<Calculation> ok) {
      return ok.value();
    }
    throw new InvalidInputException("the meter rows cannot be calculated", r.errors());
  }

  private static boolean isMonth(Period p, YearMonth month) {
    return p.year() == month.getYear() && p.month() == month.getMonthValue();
  }

  private static boolean inYear(Reading r, ZoneId zone, int year) {
    return r.time().atZone(zone).getYear() == year;
  }
}
