package org.minecarbon.app.meter.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
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
 * The cached live figures equal the full recompute ({@link LiveCalculator#figures}, the oracle: the
 * year derived from every stored reading) after every batch of a random replay of the demo mine
 * across the 1 March boundary (Asia/Shanghai), with batches held back and delivered out of order
 * (some into February after March began), a gap across midnight of the boundary, and a request time
 * that sometimes lags the newest reading.
 */
class LiveCacheTest {
  private static final FactorLibrary LIBRARY = FactorLibrary.builtIn();
  private static final Inventory BASE =
      Documents.load(Path.of("../examples/coal-mine.json"), LIBRARY).orElseThrow();
  private static final MeterRegistry REGISTRY =
      RegistryReader.read(MineSimulator.demoRegistry(), "meters.json", Set.of("mine"))
          .orElseThrow();

  /** 26 Feb 2026 00:00 in Asia/Shanghai. */
  private static final Instant START = Instant.parse("2026-02-25T16:00:00Z");

  /** Relative tolerance: the month's rows come from fewer readings, so sums may differ in ulps. */
  private static final double TOL = 1e-9;

  @Test
  void figures_randomBatchesOutOfOrderAcrossMonthBoundary_equalFullRecompute() {
    for (long seed = 1; seed <= 3; seed++) {
      replay(seed);
    }
  }

  private void replay(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Reading>> batches = batches(seed, random);
    List<Reading> stored = new ArrayList<>();
    List<List<Reading>> held = new ArrayList<>();
    LiveCache cache = new LiveCache();
    int requests = 0;
    Instant newest = START;
    for (List<Reading> batch : batches) {
      if (random.nextDouble() < 0.15) {
        held.add(batch); // delivered later, out of order
        continue;
      }
      List<Reading> deliver = new ArrayList<>(batch);
      if (!held.isEmpty() && random.nextDouble() < 0.3) {
        deliver.addAll(held.removeFirst());
      }
      stored.addAll(deliver);
      cache.ingested(1, deliver);
      for (Reading r : deliver) {
        newest = r.time().isAfter(newest) ? r.time() : newest;
      }
      // the request sometimes lags the newest reading (readings after now are not counted)
      Instant now = newest.minus(Duration.ofMinutes(random.nextInt(0, 3) * 10L)).plusSeconds(5);
      compare(cache, stored, now);
      requests++;
    }
    for (List<Reading> b : held) {
      stored.addAll(b);
      cache.ingested(1, b);
    }
    compare(cache, stored, newest.plusSeconds(5));
    requests++;
    // the cache did its job: most requests did not derive the year (else this test proves nothing)
    assertThat(cache.fullRecomputes()).isLessThan(requests / 2);
  }

  private static void compare(LiveCache cache, List<Reading> stored, Instant now) {
    List<Reading> sorted = stored.stream().sorted(Comparator.comparing(Reading::time)).toList();
    LiveCache.ReadingSource source =
        (from, to) ->
            sorted.stream()
                .filter(r -> r.time().toEpochMilli() >= from && r.time().toEpochMilli() < to)
                .toList();
    LiveFigures got = cache.figures(1, 1, BASE, LIBRARY, REGISTRY, source, "mine", now);
    long from = Instant.parse("2025-12-23T16:00:00Z").toEpochMilli(); // 1 Jan − 8 days, local
    LiveFigures want =
        LiveCalculator.figures(
            BASE, LIBRARY, REGISTRY, source.readings(from, now.toEpochMilli() + 1), "mine", now);
    assertThat(got.readings()).as("readings at %s", now).isEqualTo(want.readings());
    assertThat(got.figures()).hasSameSizeAs(want.figures());
    for (int i = 0; i < want.figures().size(); i++) {
      LiveFigures.Figure g = got.figures().get(i);
      LiveFigures.Figure w = want.figures().get(i);
      assertThat(g.column()).isEqualTo(w.column());
      assertThat(g.today()).as("today %s %s", w.column(), now).isCloseTo(w.today(), tol(w.today()));
      assertThat(g.month()).as("month %s %s", w.column(), now).isCloseTo(w.month(), tol(w.month()));
      assertThat(g.year()).as("year %s %s", w.column(), now).isCloseTo(w.year(), tol(w.year()));
    }
    assertThat(got.trace()).hasSameSizeAs(want.trace());
    for (int i = 0; i < want.trace().size(); i++) {
      LiveFigures.Trace g = got.trace().get(i);
      LiveFigures.Trace w = want.trace().get(i);
      assertThat(g.rowId()).isEqualTo(w.rowId());
      assertThat(g.window()).isEqualTo(w.window());
      assertThat(g.readings()).as("readings of %s at %s", w.rowId(), now).isEqualTo(w.readings());
      assertThat(g.meters()).isEqualTo(w.meters());
      assertThat(g.co2e()).as("%s at %s", w.rowId(), now).isCloseTo(w.co2e(), tol(w.co2e()));
    }
  }

  private static Offset<Double> tol(double v) {
    return within(Math.max(1e-12, Math.abs(v) * TOL));
  }

  /**
   * Four days of the simulator at 10-minute steps from 26 Feb (so 1 March 00:00 local is crossed),
   * cut into batches of 1–6 steps; RA-1 and E-SUB1 read nothing from 28 Feb 21:00 to 1 Mar 02:00
   * local (a gap across the boundary, closed by their first March reading).
   */
  private static List<List<Reading>> batches(long seed, SplittableRandom random) {
    MineSimulator sim = new MineSimulator(seed, START, Duration.ofMinutes(10));
    Instant gapFrom = Instant.parse("2026-02-28T13:00:00Z");
    Instant gapTo = Instant.parse("2026-02-28T18:00:00Z");
    List<List<Reading>> out = new ArrayList<>();
    while (sim.next().isBefore(START.plus(Duration.ofDays(4)))) {
      StringBuilder csv = new StringBuilder();
      int steps = random.nextInt(1, 7);
      for (int i = 0; i < steps; i++) {
        boolean gap = !sim.next().isBefore(gapFrom) && sim.next().isBefore(gapTo);
        for (String line : sim.batch()) {
          if (!(gap && (line.startsWith("RA-1,") || line.startsWith("E-SUB1,")))) {
            csv.append(line).append('\n');
          }
        }
      }
      out.add(
          ReadingsReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "r.csv", REGISTRY)
              .orElseThrow());
    }
    return out;
  }
}
