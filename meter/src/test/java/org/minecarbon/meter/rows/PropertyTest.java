package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.SHANGHAI;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.MeterRegistry;
import org.minecarbon.meter.registry.Substitution;

/**
 * Seeded random properties: (1) the exact piecewise result equals an independent brute-force
 * integration at 1-second resolution; (2) any arrival order gives identical rows, alarms and
 * completeness.
 */
class PropertyTest {
  /** Start 2024-03-31 20:00 local: series cross the April boundary at 00:00 local. */
  private static final long START = Fx.t("2024-03-31T20:00:00").getEpochSecond();

  private static final Meter RA =
      Fx.gas("RA-1", MeterKind.VENTILATION_CH4).withGaps(Duration.ofHours(10), Substitution.BRIDGE);
  private static final Meter E =
      Fx.counter("E-01", MeterKind.ELECTRICITY, "kWh")
          .withMultiplier(40, 10_000.0)
          .withGaps(Duration.ofHours(10), Substitution.BRIDGE);

  private static List<Reading> pairs(Random rnd, int n) {
    List<Reading> out = new ArrayList<>();
    long t = START;
    for (int i = 0; i < n; i++) {
      out.add(
          Reading.pair(
              "RA-1", Instant.ofEpochSecond(t), 1000 + rnd.nextInt(4000), rnd.nextDouble()));
      t += 1 + rnd.nextInt(900);
    }
    return out;
  }

  private static List<Reading> counter(Random rnd, int n) {
    List<Reading> out = new ArrayList<>();
    long t = START;
    double reg = rnd.nextInt(10_000);
    for (int i = 0; i < n; i++) {
      out.add(Reading.value("E-01", Instant.ofEpochSecond(t), reg));
      reg = (reg + rnd.nextInt(3000)) % 10_000; // wraps at the 10 000 rollover
      t += 1 + rnd.nextInt(900);
    }
    return out;
  }

  /**
   * Brute force, independent of the month grid and the boundary interpolation: each 1-s cell [s,
   * s+1) gets the rate at its midpoint (linear between the readings) × 1 s, booked to the local
   * month of s. Readings sit on whole seconds, so the midpoint rule is exact for linear pieces.
   */
  private static Map<YearMonth, Double> bruteRate(List<Reading> sorted) {
    Map<YearMonth, Double> out = new TreeMap<>();
    for (int i = 1; i < sorted.size(); i++) {
      Reading a = sorted.get(i - 1);
      Reading b = sorted.get(i);
      double qa = a.flow() * a.concentration() / 100 / 60; // m3/s
      double qb = b.flow() * b.concentration() / 100 / 60;
      long ta = a.time().getEpochSecond();
      long tb = b.time().getEpochSecond();
      for (long s = ta; s < tb; s++) {
        double q = qa + (qb - qa) * (s + 0.5 - ta) / (tb - ta);
        out.merge(YearMonth.from(Instant.ofEpochSecond(s).atZone(SHANGHAI)), q / 1e4, Double::sum);
      }
    }
    return out;
  }

  /** Brute force for the counter: Δ (wrap when the fall exceeds 5000) spread per second. */
  private static Map<YearMonth, Double> bruteCounter(List<Reading> sorted) {
    Map<YearMonth, Double> out = new TreeMap<>();
    for (int i = 1; i < sorted.size(); i++) {
      double p = sorted.get(i - 1).value();
      double v = sorted.get(i).value();
      double d = v >= p ? v - p : v + 10_000 - p;
      long ta = sorted.get(i - 1).time().getEpochSecond();
      long tb = sorted.get(i).time().getEpochSecond();
      double perSecond = d * 40 / 1000 / (tb - ta); // MWh/s
      for (long s = ta; s < tb; s++) {
        out.merge(
            YearMonth.from(Instant.ofEpochSecond(s).atZone(SHANGHAI)), perSecond, Double::sum);
      }
    }
    return out;
  }

  @RepeatedTest(5)
  void ratePairs_exactEqualsBruteForceAtOneSecond(RepetitionInfo info) {
    // tolerance: relative 1e-9 of the month total (floating sums of ~10^4 one-second terms)
    List<Reading> readings = pairs(new Random(1000 + info.getCurrentRepetition()), 60);
    MeterReport r =
        MeterRows.compute(new MeterRegistry(SHANGHAI, List.of(RA)), readings, y -> true, Fx.LATER);
    bruteRate(readings)
        .forEach(
            (ym, expected) ->
                assertThat(
                        Fx.methane(Fx.row(r, "meter:site:north:mine-methane:" + ym)).ventilation())
                    .isCloseTo(expected, within(1e-9 * Math.max(1, expected))));
  }

  @RepeatedTest(5)
  void counter_exactEqualsBruteForceAtOneSecond(RepetitionInfo info) {
    List<Reading> readings = counter(new Random(2000 + info.getCurrentRepetition()), 60);
    MeterReport r =
        MeterRows.compute(new MeterRegistry(SHANGHAI, List.of(E)), readings, y -> true, Fx.LATER);
    bruteCounter(readings)
        .forEach(
            (ym, expected) ->
                assertThat(Fx.quantity(Fx.row(r, "meter:E-01:" + ym)))
                    .isCloseTo(expected, within(1e-9 * Math.max(1, expected))));
  }

  @RepeatedTest(10)
  void anyArrivalOrder_givesIdenticalReport(RepetitionInfo info) {
    Random rnd = new Random(3000 + info.getCurrentRepetition());
    List<Reading> readings = new ArrayList<>(pairs(rnd, 200));
    readings.addAll(counter(rnd, 200));
    for (int i = 0; i < 20; i++) { // equal duplicates (copies), never conflicting values
      Reading x = readings.get(rnd.nextInt(readings.size()));
      readings.add(x);
      readings.set(rnd.nextInt(readings.size()), readings.get(rnd.nextInt(readings.size())));
    }
    readings.add(
        Reading.pair("RA-1", Instant.ofEpochSecond(START + 7, 500_000_000), 1, 1)
            .withStatus(Status.FAULT));
    Meter ra = Fx.gas("RA-1", MeterKind.VENTILATION_CH4);
    Meter e = Fx.counter("E-01", MeterKind.ELECTRICITY, "kWh").withMultiplier(40, 10_000.0);
    MeterRegistry reg = new MeterRegistry(SHANGHAI, List.of(ra, e));
    List<Reading> sorted = new ArrayList<>(readings);
    sorted.sort(java.util.Comparator.comparing(Reading::time));
    MeterReport expected = MeterRows.compute(reg, sorted, y -> true, Fx.LATER);
    Collections.shuffle(readings, rnd);
    MeterReport shuffled = MeterRows.compute(reg, readings, y -> true, Fx.LATER);
    assertThat(shuffled).isEqualTo(expected);
    assertThat(expected.alarms())
        .noneMatch(a -> a.code() == org.minecarbon.meter.aggregate.AlarmCode.CONFLICT);
  }
}
