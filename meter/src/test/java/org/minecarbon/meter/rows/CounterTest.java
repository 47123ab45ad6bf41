package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.EXACT;
import static org.minecarbon.meter.rows.Fx.alarms;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.counter;
import static org.minecarbon.meter.rows.Fx.quantity;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.row;
import static org.minecarbon.meter.rows.Fx.t;
import static org.minecarbon.meter.rows.Fx.v;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.Replacement;

/** Contract §1 mode counter: difference × multiplier, wrap, reset, listed replacement. */
class CounterTest {
  private static final Meter E01 =
      counter("E-01", MeterKind.ELECTRICITY, "kWh").withMultiplier(40, 1_000_000.0);

  @Test
  void counter_rising_differenceTimesMultiplierInMwh() {
    // (1250 − 1000) register kWh × 40 = 10 000 kWh = 10 MWh
    MeterReport r =
        compute(
            registry(E01),
            v("E-01", "2024-03-10T00:00:00", 1000),
            v("E-01", "2024-03-10T00:10:00", 1250));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(10.0, within(EXACT));
    assertThat(r.alarms()).isEmpty();
  }

  @Test
  void counter_fallOfMoreThanHalfRollover_isWrapWithoutAlarm() {
    // fall 999 900 → 100 = 999 800 > 500 000: wrap, Δ = 100 + 1 000 000 − 999 900 = 200;
    // 200 × 40 = 8000 kWh = 8 MWh
    MeterReport r =
        compute(
            registry(E01),
            v("E-01", "2024-03-10T00:00:00", 999_900),
            v("E-01", "2024-03-10T00:10:00", 100));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(8.0, within(EXACT));
    assertThat(r.alarms()).isEmpty();
  }

  @Test
  void counter_smallFall_isResetCountingFromZeroWithAlarm() {
    // fall 5000 → 30 (4970 < 500 000): reset; the new register counts from 0: Δ = 30;
    // then 30 → 50: Δ = 20. Total (30 + 20) × 40 = 2000 kWh = 2 MWh
    MeterReport r =
        compute(
            registry(E01),
            v("E-01", "2024-03-10T00:00:00", 5000),
            v("E-01", "2024-03-10T00:10:00", 30),
            v("E-01", "2024-03-10T00:20:00", 50));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(2.0, within(EXACT));
    assertThat(alarms(r, AlarmCode.METER_RESET))
        .singleElement()
        .satisfies(a -> assertThat(a.time()).isEqualTo(t("2024-03-10T00:10:00")));
  }

  @Test
  void counter_withoutRollover_everyFallIsReset() {
    // no rollover: 999 900 → 100 is a reset, Δ = 100 → 100 × 40 = 4000 kWh = 4 MWh
    Meter m = E01.withMultiplier(40, null);
    MeterReport r =
        compute(
            registry(m),
            v("E-01", "2024-03-10T00:00:00", 999_900),
            v("E-01", "2024-03-10T00:10:00", 100));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(4.0, within(EXACT));
    assertThat(alarms(r, AlarmCode.METER_RESET)).hasSize(1);
  }

  @Test
  void counter_listedReplacement_countsOldToFinalAndNewFromInitial() {
    // old register 1000 → final 1100 (Δ 100); new register from initial 5 → 25 (Δ 20);
    // (100 + 20) × 40 = 4800 kWh = 4.8 MWh; alarm METER_RESET at the reading after the swap
    Meter m = E01.withReplacements(List.of(new Replacement(t("2024-03-10T00:05:00"), 1100, 5)));
    MeterReport r =
        compute(
            registry(m),
            v("E-01", "2024-03-10T00:00:00", 1000),
            v("E-01", "2024-03-10T00:10:00", 25));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(4.8, within(EXACT));
    assertThat(alarms(r, AlarmCode.METER_RESET))
        .singleElement()
        .satisfies(a -> assertThat(a.time()).isEqualTo(t("2024-03-10T00:10:00")));
  }

  @Test
  void counter_fuelInKg_keepsTheMeterUnit() {
    // diesel register 200 → 450 kg, multiplier 1: 250 kg
    Meter d = counter("D-01", MeterKind.FUEL, "kg");
    MeterReport r =
        compute(
            registry(d),
            v("D-01", "2024-03-10T00:00:00", 200),
            v("D-01", "2024-03-10T00:10:00", 450));
    MeterRow row = row(r, "meter:D-01:2024-03");
    assertThat(quantity(row)).isCloseTo(250, within(EXACT));
    assertThat(row.row())
        .isInstanceOfSatisfying(
            org.minecarbon.core.inventory.ActivityRow.Fuel.class,
            f -> assertThat(f.quantity().unit().symbol()).isEqualTo("kg"));
  }

  @Test
  void counter_straddlingMonthStart_splitsProRataInTime() {
    // 23:50 on 31 Mar → 00:30 on 1 Apr local (40 min, 10 in March, 30 in April) — but 40 min >
    // maxGap 15 min, so use a 12-minute interval: 23:57 → 00:09, 3 min in March, 9 in April.
    // Δ = 120 × 40 = 4800 kWh = 4.8 MWh → March 4.8 × 3/12 = 1.2, April 4.8 × 9/12 = 3.6
    MeterReport r =
        compute(
            registry(E01),
            v("E-01", "2024-03-31T23:57:00", 0),
            v("E-01", "2024-04-01T00:09:00", 120));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(1.2, within(EXACT));
    assertThat(quantity(row(r, "meter:E-01:2024-04"))).isCloseTo(3.6, within(EXACT));
    assertThat(Instant.parse("2024-03-31T16:00:00Z")).isEqualTo(t("2024-04-01T00:00:00"));
  }
}
