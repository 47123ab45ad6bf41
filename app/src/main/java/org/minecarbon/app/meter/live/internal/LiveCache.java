package org.minecarbon.app.meter.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.rows.MeterRow;

/**
 * Live figures without re-deriving the year on each request: per (enterprise, site) the {@code
 * meter:} rows of the months before the current one ("closed" months) are kept with their readings
 * counts; a request reads only the readings from the window start and derives the current month's
 * rows, then calculates all rows with the inventory as it is now (so a changed factor or setting
 * shows at once).
 *
 * <p>The window starts at the earlier of (the current month's start − 8 days: conservative
 * substitution looks 7 days back) and each meter's last reading before the month, so the current
 * month's rows equal the full recompute's. A closed month's rows change only through a reading
 * before the month's start, or one at or before a meter's first reading after it (it closes the
 * interval that crosses the boundary): the first invalidates through {@link #ingested} (told the
 * batch by the ingest listener), the second is seen at request time by comparing each meter's
 * readings around the boundary with the kept ones. A new month or a new registry version falls back
 * to the full recompute; an entry whose build overlapped a batch with an earlier reading is not
 * kept.
 */
public final class LiveCache {
  static final Duration LOOKBACK = Duration.ofDays(8);

  /** The stored readings of an enterprise in [from, to) (epoch ms). */
  @FunctionalInterface
  public interface ReadingSource {
    List<Reading> readings(long fromMs, long toMs);
  }

  private record Key(long enterprise, String site) {}

  /** The closed months of one site as of a build. */
  private record Entry(
      long registryVersion,
      YearMonth month,
      List<MeterRow> closed,
      Map<String, Long> counts,
      long readings,
      Boundary boundary) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Map<Long, AtomicLong> epochs = new ConcurrentHashMap<>();
  private final AtomicLong fullRecomputes = new AtomicLong();

  /** The last {@value #TOLD} batches told per enterprise: (sequence, earliest reading ms). */
  private final Map<Long, Deque<long[]>> told = new HashMap<>();

  private static final int TOLD = 1024;

  /**
   * The figures of a site at {@code now}.
   *
   * @param registryVersion the stored registry's version (a new one drops the kept rows)
   */
  public LiveFigures figures(
      long enterpriseId,
      long registryVersion,
      Inventory base,
      FactorLibrary library,
      MeterRegistry registry,
      ReadingSource source,
      String site,
      Instant now) {
    ZoneId zone = registry.timezone();
    YearMonth month = YearMonth.from(now.atZone(zone));
    Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
    Key key = new Key(enterpriseId, site);
    long epoch = epoch(enterpriseId).get();
    Entry e = entries.get(key);
    if (e != null && e.registryVersion() == registryVersion && e.month().equals(month)) {
      List<Reading> window =
          source.readings(e.boundary().windowStart(monthStart), now.toEpochMilli() + 1);
      List<Reading> upToNow = window.stream().filter(r -> !r.time().isAfter(now)).toList();
      if (Boundary.of(upToNow, monthStart).equals(e.boundary())) {
        return LiveCalculator.assemble(
            base, library, zone, site, now, incremental(e, registry, upToNow, site, now));
      }
    }
    fullRecomputes.incrementAndGet();
    LocalDate day = now.atZone(zone).toLocalDate();
    long from =
        day.withDayOfYear(1)
            .minusDays(LOOKBACK.toDays())
            .atStartOfDay(zone)
            .toInstant()
            .toEpochMilli();
    List<Reading> readings = source.readings(from, now.toEpochMilli() + 1);
    LiveCalculator.Parts full = LiveCalculator.parts(registry, readings, site, now);
    List<Reading> upToNow = readings.stream().filter(r -> !r.time().isAfter(now)).toList();
    Entry built = entry(registryVersion, month, full, upToNow, monthStart);
    keep(key, built, epoch);
    return LiveCalculator.assemble(base, library, zone, site, now, full);
  }

  /**
   * Told a committed batch of the enterprise: a reading before the current month of a kept entry
   * drops it (later readings are checked at request time).
   */
  public synchronized void ingested(long enterpriseId, List<Reading> batch) {
    long earliest =
        batch.stream().mapToLong(r -> r.time().toEpochMilli()).min().orElse(Long.MAX_VALUE);
    long seq = epoch(enterpriseId).incrementAndGet();
    Deque<long[]> log = told.computeIfAbsent(enterpriseId, k -> new ArrayDeque<>());
    log.addLast(new long[] {seq, earliest});
    if (log.size() > TOLD) {
      log.removeFirst();
    }
    entries
        .entrySet()
        .removeIf(
            x ->
                x.getKey().enterprise() == enterpriseId
                    && earliest < x.getValue().boundary().monthStart());
  }

  /**
   * Keeps a built entry unless a batch told since its readings were read had a reading before its
   * month (a later reading is seen by the request-time boundary check).
   */
  private synchronized void keep(Key key, Entry built, long epoch) {
    long current = epoch(key.enterprise()).get();
    if (current != epoch) {
      Deque<long[]> log = told.getOrDefault(key.enterprise(), new ArrayDeque<>());
      if (log.isEmpty() || log.peekFirst()[0] > epoch + 1) {
        return; // batches since the read were forgotten: do not guess
      }
      for (long[] b : log) {
        if (b[0] > epoch && b[1] < built.boundary().monthStart()) {
          return;
        }
      }
    }
    entries.put(key, built);
  }

  /** How many requests derived the whole year (for tests and the benchmark). */
  public long fullRecomputes() {
    return fullRecomputes.get();
  }

  private AtomicLong epoch(long enterpriseId) {
    return epochs.computeIfAbsent(enterpriseId, k -> new AtomicLong());
  }

  private static LiveCalculator.Parts incremental(
      Entry e, MeterRegistry registry, List<Reading> upToNow, String site, Instant now) {
    ZoneId zone = registry.timezone();
    LocalDate day = now.atZone(zone).toLocalDate();
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    List<Reading> beforeToday = upToNow.stream().filter(r -> !r.time().isAfter(dayStart)).toList();
    List<MeterRow> current = currentMonth(registry, upToNow, site, now, e.month());
    List<MeterRow> before = currentMonth(registry, beforeToday, site, now, e.month());
    List<MeterRow> all = new ArrayList<>(e.closed());
    all.addAll(current);
    all.sort(Comparator.comparing(MeterRow::id));
    Map<String, Long> counts = new ConcurrentHashMap<>(e.counts());
    counts.putAll(LiveCalculator.counts(current, upToNow, zone));
    Instant monthStart = e.month().atDay(1).atStartOfDay(zone).toInstant();
    long fresh = upToNow.stream().filter(r -> !r.time().isBefore(monthStart)).count();
    return new LiveCalculator.Parts(all, before, counts, e.readings() + fresh);
  }

  private static List<MeterRow> currentMonth(
      MeterRegistry registry, List<Reading> readings, String site, Instant now, YearMonth month) {
    return LiveCalculator.siteRows(registry, readings, site, now, month.getYear()).stream()
        .filter(r -> LiveCalculator.isMonth(r.row().meta().period(), month))
        .toList();
  }

  private static Entry entry(
      long version,
      YearMonth month,
      LiveCalculator.Parts full,
      List<Reading> upToNow,
      Instant monthStart) {
    List<MeterRow> closed =
        full.all().stream()
            .filter(r -> !LiveCalculator.isMonth(r.row().meta().period(), month))
            .toList();
    Map<String, Long> counts = new HashMap<>();
    closed.forEach(r -> counts.put(r.id(), full.counts().getOrDefault(r.id(), 0L)));
    long fresh = upToNow.stream().filter(r -> !r.time().isBefore(monthStart)).count();
    return new Entry(
        version,
        month,
        closed,
        Map.copyOf(counts),
        full.readings() - fresh,
        Boundary.of(upToNow, monthStart));
  }

  /**
   * Each meter's last reading before the month's start and first at or after it (epoch ms, absent
   * when none), and the month's start.
   */
  record Boundary(long monthStart, Map<String, Long> lastBefore, Map<String, Long> firstAfter) {
    Boundary {
      lastBefore = Map.copyOf(lastBefore);
      firstAfter = Map.copyOf(firstAfter);
    }

    static Boundary of(List<Reading> readings, Instant monthStart) {
      long start = monthStart.toEpochMilli();
      Map<String, Long> last = new HashMap<>();
      Map<String, Long> first = new HashMap<>();
      for (Reading r : readings) {
        long t = r.time().toEpochMilli();
        if (t < start) {
          last.merge(r.meter(), t, Math::max);
        } else {
          first.merge(r.meter(), t, Math::min);
        }
      }
      return new Boundary(start, last, first);
    }

    long windowStart(Instant monthStart) {
      long w = monthStart.minus(LOOKBACK).toEpochMilli();
      for (long t : lastBefore.values()) {
        w = Math.min(w, t);
      }
      return w;
    }
  }
}
