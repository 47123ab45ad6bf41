package org.minecarbon.meter.rows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.minecarbon.core.result.Require;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.Integrator;
import org.minecarbon.meter.aggregate.MeterStates;
import org.minecarbon.meter.aggregate.MonthGrid;
import org.minecarbon.meter.aggregate.MonthTotals;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.ReadingCheck;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.VirtualExpression;

/**
 * Batch use case: a validated registry and its readings (any order) → monthly rows, alarms and
 * completeness. The months asked for are those from the earliest to the latest reading, in the
 * registry timezone; every meter gets a completeness for each.
 */
public final class MeterRows {
  private MeterRows() {}

  /**
   * @param openYear which years may change; pieces in other years are dropped ({@code
   *     PERIOD_LOCKED} territory)
   * @param now the current instant: the current month's completeness counts only elapsed time
   */
  public static MeterReport compute(
      MeterRegistry registry, List<Reading> readings, IntPredicate openYear, Instant now) {
    Map<String, Meter> byId = registry.byId();
    MeterStates states = new MeterStates();
    for (Reading r : readings) {
      Require.that(ReadingCheck.check(r, byId).isEmpty(), () -> "unchecked reading " + r);
      states.offer(r);
    }
    return compute(registry, states, openYear, now);
  }

  /** The same from an incrementally fed {@link MeterStates}. */
  public static MeterReport compute(
      MeterRegistry registry, MeterStates states, IntPredicate openYear, Instant now) {
    if (states.first().isEmpty() || states.last().isEmpty()) {
      return new MeterReport(List.of(), List.of(), Map.of());
    }
    ZoneId zone = registry.timezone();
    MonthGrid grid =
        new MonthGrid(
            zone,
            YearMonth.from(states.first().get().atZone(zone)),
            YearMonth.from(states.last().get().atZone(zone)),
            openYear);
    List<Alarm> alarms = new ArrayList<>(states.conflicts());
    Map<String, MonthTotals> totals = new LinkedHashMap<>();
    for (Meter m : registry.meters()) {
      if (!m.isVirtual()) {
        Integrator.Outcome o = Integrator.integrate(m, states.of(m.id()), grid);
        totals.put(m.id(), o.totals());
        alarms.addAll(o.alarms());
      }
    }
    Totalled t = fromTotals(registry, grid, totals, now);
    alarms.sort(Alarm.ORDER);
    return new MeterReport(t.rows(), alarms, t.completeness());
  }

  /** Rows (sorted by id) and completeness from already integrated month totals. */
  public record Totalled(
      List<MeterRow> rows, Map<String, SortedMap<YearMonth, Double>> completeness) {}

  /**
   * The row stage alone, for callers that integrate meters elsewhere (a stream job integrates each
   * meter in its own keyed state, then combines a site's meters here): {@code totals} holds every
   * physical meter of {@code registry} (virtual meters are combined from them); {@code now} bounds
   * the current month's completeness.
   */
  public static Totalled fromTotals(
      MeterRegistry registry, MonthGrid grid, Map<String, MonthTotals> physical, Instant now) {
    Map<String, MonthTotals> totals = new LinkedHashMap<>(physical);
    for (Meter m : registry.meters()) {
      if (m.isVirtual()) {
        totals.put(m.id(), combine(java.util.Objects.requireNonNull(m.virtual()), totals, grid));
      }
    }
    Map<String, SortedMap<YearMonth, Double>> completeness =
        completeness(registry, totals, grid, now);
    List<MeterRow> rows =
        new RowBuilder(grid, totals, completeness, registry.byId()).build(rowMeters(registry));
    rows = new ArrayList<>(rows);
    rows.sort(Comparator.comparing(MeterRow::id));
    return new Totalled(List.copyOf(rows), completeness);
  }

  /**
   * A virtual meter per month: Σ sign × quantity, estimated Σ sign × estimated (so a wholly
   * estimated month has estimated = quantity), covered = the least covered component, touched when
   * any component is.
   */
  static MonthTotals combine(VirtualExpression e, Map<String, MonthTotals> totals, MonthGrid grid) {
    MonthTotals out = MonthTotals.empty(grid.size());
    for (int i = 0; i < grid.size(); i++) {
      long covered = Long.MAX_VALUE;
      for (VirtualExpression.Term t : e.terms()) {
        MonthTotals c = java.util.Objects.requireNonNull(totals.get(t.meter()));
        out.quantity()[i] += t.sign() * c.quantity()[i];
        out.estimated()[i] += t.sign() * c.estimated()[i];
        out.touched()[i] |= c.touched()[i];
        covered = Math.min(covered, c.covered()[i]);
      }
      out.covered()[i] = covered;
    }
    return out;
  }

  private static Map<String, SortedMap<YearMonth, Double>> completeness(
      MeterRegistry registry, Map<String, MonthTotals> totals, MonthGrid grid, Instant now) {
    Map<String, SortedMap<YearMonth, Double>> out = new TreeMap<>();
    for (Meter m : registry.meters()) {
      SortedMap<YearMonth, Double> months = new TreeMap<>();
      MonthTotals t = java.util.Objects.requireNonNull(totals.get(m.id()));
      for (int i = 0; i < grid.size(); i++) {
        months.put(grid.month(i), t.completeness(grid, i, now.toEpochMilli()));
      }
      out.put(m.id(), months);
    }
    return out;
  }

  /** Meters that make rows: all but the components of a virtual meter (counted through it). */
  static List<Meter> rowMeters(MeterRegistry registry) {
    Set<String> components = new HashSet<>();
    registry.meters().stream()
        .filter(Meter::isVirtual)
        .forEach(m -> m.virtual().terms().forEach(t -> components.add(t.meter())));
    return registry.meters().stream().filter(m -> !components.contains(m.id())).toList();
  }
}
