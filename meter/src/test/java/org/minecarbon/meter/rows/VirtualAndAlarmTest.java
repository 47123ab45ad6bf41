package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.EXACT;
import static org.minecarbon.meter.rows.Fx.alarms;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.counter;
import static org.minecarbon.meter.rows.Fx.gas;
import static org.minecarbon.meter.rows.Fx.ids;
import static org.minecarbon.meter.rows.Fx.p;
import static org.minecarbon.meter.rows.Fx.quantity;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.row;
import static org.minecarbon.meter.rows.Fx.t;
import static org.minecarbon.meter.rows.Fx.v;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.meter.aggregate.Alarm;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.registry.Calibration;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.Threshold;
import org.minecarbon.meter.registry.VirtualExpression;

/** Contract §1 virtual meters; §3 alarms STUCK, THRESHOLD, CALIBRATION_EXPIRED. */
class VirtualAndAlarmTest {
  @Test
  void virtualMeter_differenceOfComponents_componentsMakeNoRowsOfTheirOwn() {
    // E-01: (1200 − 1000) × 40 = 8000 kWh; E-T: 2000 − 1500 = 500 kWh; E-NET = 7500 kWh = 7.5 MWh
    Meter e01 = counter("E-01", MeterKind.ELECTRICITY, "kWh").withMultiplier(40, null);
    Meter et = counter("E-T", MeterKind.ELECTRICITY, "kWh");
    Meter net =
        Meter.virtual(
            "E-NET",
            "north",
            MeterKind.ELECTRICITY,
            VirtualExpression.parse("E-01 - E-T").orElseThrow());
    MeterReport r =
        compute(
            registry(e01, et, net),
            v("E-01", "2024-03-10T00:00:00", 1000),
            v("E-01", "2024-03-10T00:10:00", 1200),
            v("E-T", "2024-03-10T00:00:00", 1500),
            v("E-T", "2024-03-10T00:10:00", 2000));
    assertThat(ids(r)).containsExactly("meter:E-NET:2024-03");
    assertThat(quantity(row(r, "meter:E-NET:2024-03"))).isCloseTo(7.5, within(EXACT));
    assertThat(row(r, "meter:E-NET:2024-03").estimated()).isZero(); // 10-min intervals, no gap
    assertThat(r.completeness()).containsKeys("E-01", "E-T", "E-NET");
  }

  @Test
  void virtualMeter_wholeMonthEstimated_estimatedEqualsQuantity() {
    // both components bridged over a 1-h gap: E-01 (1200 − 1000) kWh = 0.2 MWh, E-T (50 − 0)
    // = 0.05 MWh, both estimated → E-NET 0.15 MWh, estimated 0.2 − 0.05 = 0.15 MWh
    Meter e01 = counter("E-01", MeterKind.ELECTRICITY, "kWh");
    Meter et = counter("E-T", MeterKind.ELECTRICITY, "kWh");
    Meter net =
        Meter.virtual(
            "E-NET",
            "north",
            MeterKind.ELECTRICITY,
            VirtualExpression.parse("E-01 - E-T").orElseThrow());
    MeterReport r =
        compute(
            registry(e01, et, net),
            v("E-01", "2024-03-10T00:00:00", 1000),
            v("E-01", "2024-03-10T01:00:00", 1200),
            v("E-T", "2024-03-10T00:00:00", 0),
            v("E-T", "2024-03-10T01:00:00", 50));
    MeterRow row = row(r, "meter:E-NET:2024-03");
    assertThat(quantity(row)).isCloseTo(0.15, within(EXACT));
    assertThat(row.estimated()).isCloseTo(0.15, within(EXACT));
  }

  @Test
  void virtualExpression_parsesHyphenatedIdsAndSigns() {
    assertThat(VirtualExpression.parse("E-01 - E-TENANT + E-02").orElseThrow().terms())
        .containsExactly(
            new VirtualExpression.Term(1, "E-01"),
            new VirtualExpression.Term(-1, "E-TENANT"),
            new VirtualExpression.Term(1, "E-02"));
    assertThat(VirtualExpression.parse("E-01 -")).isEmpty();
    assertThat(VirtualExpression.parse("")).isEmpty();
  }

  @Test
  void stuck_raisedOnceWhenUnchangedForStuckAfter() {
    // value 5 at 00:00, 00:10, 00:20, 00:30, 00:40 with stuckAfter PT30M: 00:30 is the first
    // reading 30 min after the run began → one STUCK at 00:30
    Meter m =
        counter("E-01", MeterKind.ELECTRICITY, "kWh")
            .withAlarms(Map.of(), Duration.ofMinutes(30), null);
    MeterReport r =
        compute(
            registry(m),
            v("E-01", "2024-03-10T00:00:00", 5),
            v("E-01", "2024-03-10T00:10:00", 5),
            v("E-01", "2024-03-10T00:20:00", 5),
            v("E-01", "2024-03-10T00:30:00", 5),
            v("E-01", "2024-03-10T00:40:00", 5));
    assertThat(alarms(r, AlarmCode.STUCK))
        .singleElement()
        .extracting(Alarm::time)
        .isEqualTo(t("2024-03-10T00:30:00"));
  }

  @Test
  void threshold_raisedAtEachCrossingIntoOutside() {
    // concentration 0.5, 0.8, 0.9, 0.5, 0.8 with max 0.75: crossings at 00:10 and 00:40
    Meter m =
        gas("RA-1", MeterKind.VENTILATION_CH4)
            .withAlarms(Map.of("concentration", new Threshold(null, 0.75)), null, null);
    MeterReport r =
        compute(
            registry(m),
            p("RA-1", "2024-03-10T00:00:00", 3000, 0.5),
            p("RA-1", "2024-03-10T00:10:00", 3000, 0.8),
            p("RA-1", "2024-03-10T00:20:00", 3000, 0.9),
            p("RA-1", "2024-03-10T00:30:00", 3000, 0.5),
            p("RA-1", "2024-03-10T00:40:00", 3000, 0.8));
    assertThat(alarms(r, AlarmCode.THRESHOLD))
        .extracting(Alarm::time)
        .containsExactly(t("2024-03-10T00:10:00"), t("2024-03-10T00:40:00"));
  }

  @Test
  void calibrationExpired_onceAtFirstReadingAfterTheLastValidLocalDay() {
    // valid until 2024-03-09: 23:59 local on the 9th is fine, 00:00 local on the 10th is not
    Meter m =
        counter("E-01", MeterKind.ELECTRICITY, "kWh")
            .withAlarms(Map.of(), null, new Calibration("JJG-1", LocalDate.of(2024, 3, 9), 0.005));
    MeterReport r =
        compute(
            registry(m),
            v("E-01", "2024-03-09T23:59:00", 1),
            v("E-01", "2024-03-10T00:00:00", 2),
            v("E-01", "2024-03-10T00:10:00", 3));
    assertThat(alarms(r, AlarmCode.CALIBRATION_EXPIRED))
        .singleElement()
        .extracting(Alarm::time)
        .isEqualTo(t("2024-03-10T00:00:00"));
  }
}
