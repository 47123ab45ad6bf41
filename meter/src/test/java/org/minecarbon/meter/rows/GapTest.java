package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.EXACT;
import static org.minecarbon.meter.rows.Fx.alarms;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.gas;
import static org.minecarbon.meter.rows.Fx.methane;
import static org.minecarbon.meter.rows.Fx.p;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.row;
import static org.minecarbon.meter.rows.Fx.t;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.meter.aggregate.AlarmCode;
import org.minecarbon.meter.reading.Status;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;

/** Contract §2 gaps and status exclusion, §3 completeness. */
class GapTest {
  private static final Meter RA = gas("RA-1", MeterKind.VENTILATION_CH4);

  @Test
  void gapLongerThanMaxGap_bridgedFlaggedOnceAndEstimated() {
    // 08:00–08:10 covered (12 m3/min const → 120 m3); 08:10–09:10 (60 min > 15) gap bridged:
    // (12 + 18)/2 × 60 = 900 m3 estimated. Total 1020 m3 = 0.102, estimated 0.09
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T08:10:00", 3000, 0.4),
            p("RA-1", "2024-03-10T09:10:00", 2000, 0.9));
    MeterRow row = row(r, "meter:site:north:mine-methane:2024-03");
    assertThat(methane(row).ventilation()).isCloseTo(0.102, within(EXACT));
    assertThat(row.estimated()).isCloseTo(0.09, within(EXACT));
    assertThat(alarms(r, AlarmCode.DATA_GAP))
        .singleElement()
        .satisfies(a -> assertThat(a.time()).isEqualTo(t("2024-03-10T09:10:00")));
  }

  @Test
  void intervalOfExactlyMaxGap_isCovered() {
    // 15 min = maxGap: not longer, so covered and not estimated
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T08:15:00", 3000, 0.4));
    assertThat(row(r, "meter:site:north:mine-methane:2024-03").estimated()).isZero();
    assertThat(r.alarms()).isEmpty();
    // covered 900 s of March's 31 × 86 400 s
    assertThat(r.completeness().get("RA-1").get(YearMonth.of(2024, 3)))
        .isCloseTo(900.0 / (31 * 86400), within(1e-15));
  }

  @Test
  void excludedReadings_notIntegratedAndTheirSpanIsAGap() {
    // 08:05 and 08:10 are fault/calibrating (flow 99999 would be absurd): the integrated series
    // is 08:00 (12 m3/min) → 08:12 (12 m3/min), a gap despite 12 min ≤ 15: 144 m3 estimated,
    // not covered; one DATA_GAP at 08:12
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T08:05:00", 99999, 50).withStatus(Status.FAULT),
            p("RA-1", "2024-03-10T08:10:00", 99999, 50).withStatus(Status.CALIBRATING),
            p("RA-1", "2024-03-10T08:12:00", 3000, 0.4));
    MeterRow row = row(r, "meter:site:north:mine-methane:2024-03");
    assertThat(methane(row).ventilation()).isCloseTo(0.0144, within(EXACT));
    assertThat(row.estimated()).isCloseTo(0.0144, within(EXACT));
    assertThat(alarms(r, AlarmCode.DATA_GAP)).hasSize(1);
    assertThat(r.completeness().get("RA-1").get(YearMonth.of(2024, 3))).isZero();
  }

  @Test
  void completeness_everyMeterEveryMonth_silentMeterZero() {
    // RA-1 covers 10 min in March and nothing in April; DR-1 is silent: 0 in both months.
    // Months asked = first to last reading month (March, April).
    Meter dr = gas("DR-1", MeterKind.DRAINAGE_CH4);
    MeterReport r =
        compute(
            registry(RA, dr),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T08:10:00", 3000, 0.4),
            p("RA-1", "2024-04-02T08:00:00", 3000, 0.4));
    assertThat(r.completeness().get("RA-1"))
        .containsOnlyKeys(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
    assertThat(r.completeness().get("RA-1").get(YearMonth.of(2024, 3)))
        .isCloseTo(600.0 / (31 * 86400), within(1e-15));
    assertThat(r.completeness().get("DR-1").values()).containsExactly(0.0, 0.0);
  }

  @Test
  void completeness_currentMonth_dividesByElapsedSeconds() {
    // now = 2024-03-01 02:00 local: 2 h elapsed in March; readings 00:00 → 01:00 every 15 min
    // cover 3600 s → 3600 / 7200 = 0.5
    Instant now = t("2024-03-01T02:00:00");
    MeterReport r =
        MeterRows.compute(
            registry(RA),
            List.of(
                p("RA-1", "2024-03-01T00:00:00", 1, 1),
                p("RA-1", "2024-03-01T00:15:00", 1, 1),
                p("RA-1", "2024-03-01T00:30:00", 1, 1),
                p("RA-1", "2024-03-01T00:45:00", 1, 1),
                p("RA-1", "2024-03-01T01:00:00", 1, 1)),
            y -> true,
            now);
    assertThat(r.completeness().get("RA-1").get(YearMonth.of(2024, 3)))
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void gapStraddlingMonthStart_splitByInterpolationAndCoveredNowhere() {
    // 31 Mar 23:00 → 1 Apr 01:00 (2 h gap), rate 12 → 24 m3/min; boundary at half: 18.
    // March (12 + 18)/2 × 60 = 900, April (18 + 24)/2 × 60 = 1260; all estimated
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-31T23:00:00", 3000, 0.4),
            p("RA-1", "2024-04-01T01:00:00", 3000, 0.8));
    assertThat(row(r, "meter:site:north:mine-methane:2024-03").estimated())
        .isCloseTo(0.09, within(EXACT));
    assertThat(row(r, "meter:site:north:mine-methane:2024-04").estimated())
        .isCloseTo(0.126, within(EXACT));
    assertThat(alarms(r, AlarmCode.DATA_GAP)).hasSize(1);
  }

  @Test
  void lockedYear_piecesDroppedOpenPartKept() {
    // 2023-12-31 23:55 → 2024-01-01 00:05 local with 2023 locked: only the 2024 half counts,
    // 12 m3/min × 5 min = 60 m3 = 0.006
    MeterReport r =
        MeterRows.compute(
            registry(RA),
            List.of(
                p("RA-1", "2023-12-31T23:55:00", 3000, 0.4),
                p("RA-1", "2024-01-01T00:05:00", 3000, 0.4)),
            y -> y != 2023,
            Fx.LATER);
    assertThat(Fx.ids(r)).containsExactly("meter:site:north:mine-methane:2024-01");
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-01")).ventilation())
        .isCloseTo(0.006, within(EXACT));
  }
}
