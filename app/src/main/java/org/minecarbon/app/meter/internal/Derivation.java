package org.minecarbon.app.meter.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.minecarbon.core.inventory.Period;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.ReadingCheck;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.meter.rows.MeterRow;
import org.minecarbon.meter.rows.MeterRows;
import org.minecarbon.store.Store;
import org.minecarbon.store.meter.ConflictRecord;
import org.minecarbon.store.meter.StoredReading;

/**
 * The report of a range of months from the stored readings, with the pure {@code meter} functions:
 * readings are loaded from one month before the first month to one month after the last (so that
 * intervals crossing the range's boundaries, counters' previous registers and substitution's
 * previous 7 days are seen), and the rows, completeness and alarms kept are those of the range.
 */
final class Derivation {
  private Derivation() {}

  static MeterReport of(
      Store store,
      long enterpriseId,
      MeterRegistry registry,
      YearMonth first,
      YearMonth last,
      IntPredicate openYear,
      Instant now) {
    ZoneId zone = registry.timezone();
    long from = start(first.minusMonths(1), zone);
    long to = start(last.plusMonths(2), zone);
    Map<String, Meter> meters = registry.byId();
    List<Reading> readings = new ArrayList<>();
    for (StoredReading s : store.meters().readings(enterpriseId, from, to)) {
      Optional<Reading> r = ReadingCodec.reading(s);
      // a reading of a meter since removed from the registry, or no longer fitting it, is skipped
      if (r.isPresent() && ReadingCheck.check(r.get(), meters).isEmpty()) {
        readings.add(r.get());
      }
    }
    MeterReport all = MeterRows.compute(registry, readings, openYear, now);
    long lo = start(first, zone);
    long hi = start(last.plusMonths(1), zone);
    List<MeterRow> rows =
        all.rows().stream().filter(r -> inRange(r.row().meta().period(), first, last)).toList();
    List<Alarm> alarms = new ArrayList<>();
    all.alarms().stream().filter(a -> within(a.time(), lo, hi)).forEach(alarms::add);
    for (ConflictRecord c : store.meters().conflicts(enterpriseId, lo, hi)) {
      alarms.add(
          new Alarm(
              AlarmCode.CONFLICT,
              c.meterId(),
              Instant.ofEpochMilli(c.atMs()),
              "another reading with other values was received ("
                  + c.received()
                  + "); the first is kept"));
    }
    alarms.sort(Alarm.ORDER);
    return new MeterReport(rows, alarms, completeness(registry, all, first, last));
  }

  /** Every registered meter has a completeness for every month of the range, 0 when silent. */
  private static Map<String, SortedMap<YearMonth, Double>> completeness(
      MeterRegistry registry, MeterReport all, YearMonth first, YearMonth last) {
    Map<String, SortedMap<YearMonth, Double>> out = new TreeMap<>();
    for (Meter m : registry.meters()) {
      SortedMap<YearMonth, Double> known = all.completeness().getOrDefault(m.id(), new TreeMap<>());
      SortedMap<YearMonth, Double> months = new TreeMap<>();
      for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
        months.put(ym, known.getOrDefault(ym, 0.0));
      }
      out.put(m.id(), months);
    }
    return out;
  }

  static long start(YearMonth ym, ZoneId zone) {
    return ym.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
  }

  private static boolean within(Instant t, long lo, long hi) {
    long ms = t.toEpochMilli();
    return ms >= lo && ms < hi;
  }

  private static boolean inRange(Period period, YearMonth first, YearMonth last) {
    YearMonth ym = YearMonth.of(period.year(), Math.max(1, period.month()));
    return !ym.isBefore(first) && !ym.isAfter(last);
  }
}
