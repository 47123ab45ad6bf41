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

import org.junit.jupiter.api.Test;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;

/** Contract §2 idempotency: key (meter, instant). */
class DuplicateTest {
  private static final Meter E = counter("E-01", MeterKind.ELECTRICITY, "kWh");

  @Test
  void sameKeyEqualValue_ignoredWithoutAlarm() {
    // 100 → 300 kWh = 0.2 MWh whether 300 arrives once or twice
    MeterReport r =
        compute(
            registry(E),
            v("E-01", "2024-03-10T00:00:00", 100),
            v("E-01", "2024-03-10T00:10:00", 300),
            v("E-01", "2024-03-10T00:10:00", 300.0));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(0.2, within(EXACT));
    assertThat(r.alarms()).isEmpty();
  }

  @Test
  void sameKeyOtherValue_firstKeptAndConflict() {
    // first 300 kept (0.2 MWh), the later 900 refused with CONFLICT at that instant
    MeterReport r =
        compute(
            registry(E),
            v("E-01", "2024-03-10T00:00:00", 100),
            v("E-01", "2024-03-10T00:10:00", 300),
            v("E-01", "2024-03-10T00:10:00", 900));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(0.2, within(EXACT));
    assertThat(alarms(r, AlarmCode.CONFLICT))
        .singleElement()
        .satisfies(a -> assertThat(a.time()).isEqualTo(t("2024-03-10T00:10:00")));
  }

  @Test
  void sameKeyOtherValue_arrivingFirstWins() {
    // reversed arrival: 900 is first → (900 − 100) kWh = 0.8 MWh
    MeterReport r =
        compute(
            registry(E),
            v("E-01", "2024-03-10T00:10:00", 900),
            v("E-01", "2024-03-10T00:00:00", 100),
            v("E-01", "2024-03-10T00:10:00", 300));
    assertThat(quantity(row(r, "meter:E-01:2024-03"))).isCloseTo(0.8, within(EXACT));
    assertThat(alarms(r, AlarmCode.CONFLICT)).hasSize(1);
  }
}
