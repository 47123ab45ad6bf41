package org.minecarbon.app.meter.live.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * The rows behind the figures.
   *
   * @param all the site's rows of the year from the readings up to now, sorted by id
   * @param before the site's rows of the current month from the readings up to the start of today
   * @param counts stored readings of each row's meters in its month, by row id
   * @param readings stored readings of the site's year up to now
   */
  record Parts(List<MeterRow> all, List<MeterRow> before, Map<String, Long> counts, long readings) {
    Parts {
      all = List.copyOf(all);
      before = List.copyOf(before);
      counts = Map.copyOf(counts);
    }
  }

  /** The figures from all readings of the year (and the 8 days before it) — the full recompute. */
  public static LiveFigures figures(
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      List<Reading> readings,
      String site,
      Instant now) {
    return assemble(
        base, library, registry.timezone(), site, now, parts(registry, readings, site, now));
  }

  /** The rows of the full recompute. */
  static Parts parts(MeterRegistry registry, List<Reading> readings, String site, Instant now) {
    ZoneId zone = registry.timezone();
    LocalDate day = now.atZone(zone).toLocalDate();
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    YearMonth month = YearMonth.from(day);
    List<Reading> upToNow = readings.stream().filter(r -> !r.time().isAfter(now)).toList();
    List<Reading> beforeToday = upToNow.stream().filter(r -> !r.time().isAfter(dayStart)).toList();
    List<MeterRow> all = siteRows(registry, upToNow, site, now, day.getYear());
    List<MeterRow> before =
        siteRows(registry, beforeToday, site, now, day.getYear()).stream()
            .filter(r -> isMonth(r.row().meta().period(), month))
            .toList();
    long count = upToNow.stream().filter(r -> inYear(r, zone, day.getYear())).count();
    return new Parts(all, before, counts(all, upToNow, zone), count);
  }

  /** Today / month / year by column and the trace, from the rows. */
  static LiveFigures assemble(
      Inventory base, FactorLibrary library, ZoneId zone, String site, Instant now, Parts p) {
    YearMonth month = YearMonth.from(now.atZone(zone));
    List<CalcLine> year = lines(base, library, p.all());
    List<CalcLine> earlier = lines(base, library, p.before());
    Map<Column, double[]> sums = new EnumMap<>(Column.class);
    List<LiveFigures.Trace> trace = new ArrayList<>();
    for (CalcLine line : year) {
      boolean current = isMonth(line.row().period(), month);
      double[] s = sums.computeIfAbsent(line.column(), c -> new double[3]);
      s[2] += line.co2e();
      if (current) {
        s[1] += line.co2e();
        s[0] += line.co2e();
      }
      String id = Objects.requireNonNullElse(line.row().id(), line.row().pointer());
      trace.add(
          Traces.of(
              line,
              current ? "month" : "year",
              meters(p.all(), id),
              p.counts().getOrDefault(id, 0L)));
    }
    for (CalcLine line : earlier) {
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
    return new LiveFigures(site, now, zone, p.readings(), figures, trace);
  }

  /** The site's meter rows of the given year, from these readings, sorted by id. */
  static List<MeterRow> siteRows(
      MeterRegistry registry, List<Reading> readings, String site, Instant now, int year) {
    return MeterRows.compute(registry, readings, y -> true, now).rows().stream()
        .filter(r -> site.equals(r.row().meta().site()))
        .filter(r -> r.row().meta().period().year() == year)
        .sorted(Comparator.comparing(MeterRow::id))
        .toList();
  }

  /** Readings of each row's meters within the row's month, by row id. */
  static Map<String, Long> counts(List<MeterRow> rows, List<Reading> readings, ZoneId zone) {
    Map<String, Long> out = new HashMap<>();
    for (MeterRow row : rows) {
      Period p = row.row().meta().period();
      YearMonth ym = YearMonth.of(p.year(), p.month());
      Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
      Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      List<String> meters = row.meters();
      long n =
          readings.stream()
              .filter(r -> meters.contains(r.meter()))
              .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to))
              .count();
      out.put(row.id(), n);
    }
    return out;
  }

  private static List<String> meters(List<MeterRow> rows, String id) {
    return rows.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .map(MeterRow::meters)
        .orElse(List.of());
  }

  /** The calculation lines of the rows (none without rows). */
  static List<CalcLine> lines(Inventory base, FactorLibrary library, List<MeterRow> rows) {
    return rows.isEmpty() ? List.of() : calculate(base, library, rows).lines();
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

  static boolean isMonth(Period p, YearMonth month) {
    return p.year() == month.getYear() && p.month() == month.getMonthValue();
  }

  private static boolean inYear(Reading r, ZoneId zone, int year) {
    return r.time().atZone(zone).getYear() == year;
  }
}
