package org.minecarbon.bench.meter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minecarbon.app.meter.live.LiveComputation;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;
import org.minecarbon.io.meter.ReadingsReader;
import org.minecarbon.io.meter.RegistryReader;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.simulate.MineSimulator;

/**
 * Issue 15's live figures request: the demo mine's six meters from 1 January (Asia/Shanghai) at one
 * reading a minute for {@code days} days, then {@code requests} live steps of 10 s, each followed
 * by one figures request; the full recompute (the year derived from every reading, what the page
 * did before) against the cached one ({@link LiveComputation}), side by side in one JVM, on an
 * in-memory reading source (so the store's read of the year, which the cache also saves, is not
 * counted). Prints medians and the ratio, and checks both give the same year figures.
 *
 * <p>{@code LiveBench [days=60] [requests=30] [coal-mine.json]}
 */
public final class LiveBench {
  private LiveBench() {}

  public static void main(String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path coal = Path.of(args.length > 2 ? args[2] : "examples/coal-mine.json");
    FactorLibrary library = FactorLibrary.builtIn();
    Inventory base = Documents.load(coal, library).orElseThrow();
    MeterRegistry registry =
        RegistryReader.read(MineSimulator.demoRegistry(), "meters.json", Set.of("mine"))
            .orElseThrow();
    Instant start = Instant.parse("2025-12-31T16:00:00Z"); // 1 Jan 2026 00:00 +08:00
    List<Reading> stored = new ArrayList<>(simulate(registry, start, days));
    LiveComputation cached = new LiveComputation();
    MineSimulator live =
        new MineSimulator(2, start.plus(Duration.ofDays(days)), Duration.ofSeconds(10));
    long[] full = new long[requests];
    long[] fast = new long[requests];
    double maxDiff = 0;
    for (int i = 0; i < requests; i++) {
      Instant now = live.next().plusSeconds(1);
      List<Reading> batch = parse(registry, live.batch());
      stored.addAll(batch);
      cached.ingested(1, batch);
      List<Reading> all = List.copyOf(stored);
      long t0 = System.nanoTime();
      LiveFigures a = LiveComputation.full(base, library, registry, all, "mine", now);
      long t1 = System.nanoTime();
      LiveFigures b =
          cached.figures(1, 1, base, library, registry, (f, t) -> range(all, f, t), "mine", now);
      long t2 = System.nanoTime();
      full[i] = t1 - t0;
      fast[i] = t2 - t1;
      for (int c = 0; c < a.figures().size(); c++) {
        maxDiff =
            Math.max(maxDiff, Math.abs(a.figures().get(c).year() - b.figures().get(c).year()));
      }
    }
    double fullMs = median(full) / 1e6;
    double fastMs = median(fast) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "readings %d (%d days at 1/min × 6 meters + %d live steps), requests %d%n"
            + "full recompute  median %.2f ms%ncached          median %.2f ms"
            + " (full recomputes %d: the first request and none after)%n"
            + "ratio full/cached %.1f×, max |year difference| %.3g tCO2e%n",
        stored.size(),
        days,
        requests,
        requests,
        fullMs,
        fastMs,
        cached.fullRecomputes(),
        fullMs / fastMs,
        maxDiff);
  }

  private static List<Reading> simulate(MeterRegistry registry, Instant start, int days) {
    MineSimulator sim = new MineSimulator(1, start, Duration.ofMinutes(1));
    Instant end = start.plus(Duration.ofDays(days));
    List<Reading> out = new ArrayList<>();
    while (sim.next().isBefore(end)) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 1440 && sim.next().isBefore(end); i++) {
        lines.addAll(sim.batch());
      }
      out.addAll(parse(registry, lines));
    }
    return out;
  }

  private static List<Reading> parse(MeterRegistry registry, List<String> lines) {
    byte[] csv = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return ReadingsReader.read(csv, "r.csv", registry).orElseThrow();
  }

  /** The readings in [from, to): the list is in time order (simulated, appended in order). */
  private static List<Reading> range(List<Reading> all, long from, long to) {
    int lo = lowerBound(all, from);
    int hi = lowerBound(all, to);
    return all.subList(lo, hi);
  }

  private static int lowerBound(List<Reading> all, long ms) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).time().toEpochMilli() < ms) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }
}
