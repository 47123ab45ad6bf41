package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.EXACT;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.gas;
import static org.minecarbon.meter.rows.Fx.methane;
import static org.minecarbon.meter.rows.Fx.p;
import static org.minecarbon.meter.rows.Fx.quantity;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.row;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.meter.registry.Conditions;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;

/** Contract §1 mode rate: pure-gas rate, normal conditions, trapezoid, month split, site rows. */
class RateTest {
  private static final Meter RA = gas("RA-1", MeterKind.VENTILATION_CH4);

  @Test
  void pair_constant_pureGasRateTimesDuration() {
    // q = 3000 m3/min × 0.5/100 = 15 m3/min; 10 min → 150 m3 = 0.015 × 10^4 Nm3
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.5),
            p("RA-1", "2024-03-10T08:10:00", 3000, 0.5));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).ventilation())
        .isCloseTo(0.015, within(EXACT));
  }

  @Test
  void pair_changing_trapezoidOfPureGasRate() {
    // q_a = 3000 × 0.4/100 = 12 m3/min, q_b = 2000 × 0.9/100 = 18 m3/min;
    // trapezoid (12 + 18)/2 × 10 min = 150 m3 = 0.015 (the product is interpolated, not flow
    // and concentration separately: (2500 × 0.65/100) × 10 = 162.5 would be wrong)
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T08:10:00", 2000, 0.9));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).ventilation())
        .isCloseTo(0.015, within(EXACT));
  }

  @Test
  void pair_meterConditions_correctedToNormal() {
    // V0 = V × p/101.325 × 273.15/(273.15 + T) with T = 20 °C, p = 90 kPa:
    // 90/101.325 × 273.15/293.15 = 0.888231 × 0.931776 = 0.827632; q = 100 m3/min × 40/100 = 40
    // m3/min;
    // 10 min → 400 m3 × 0.827632 = 331.053 Nm3 = 0.0331053 × 10^4 Nm3
    Meter dr = gas("DR-1", MeterKind.DRAINAGE_CH4).withConditions(new Conditions(20, 90));
    double k = 90 / 101.325 * 273.15 / 293.15;
    MeterReport r =
        compute(
            registry(dr),
            p("DR-1", "2024-03-10T08:00:00", 100, 40),
            p("DR-1", "2024-03-10T08:10:00", 100, 40));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).drainage())
        .isCloseTo(400 * k / 1e4, within(EXACT))
        .isCloseTo(0.0331053, within(1e-7));
  }

  @Test
  void pair_readingConditions_overrideTheMeters() {
    // meter at 20 °C/101.325 kPa, but both readings give 0 °C/101.325 kPa (factor 1):
    // 40 m3/min × 10 min = 400 Nm3 = 0.04
    Meter dr = gas("DR-1", MeterKind.DRAINAGE_CH4).withConditions(new Conditions(20, 101.325));
    Conditions normal = new Conditions(0, 101.325);
    MeterReport r =
        compute(
            registry(dr),
            p("DR-1", "2024-03-10T08:00:00", 100, 40).withConditions(normal),
            p("DR-1", "2024-03-10T08:10:00", 100, 40).withConditions(normal));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).drainage())
        .isCloseTo(0.04, within(EXACT));
  }

  @Test
  void pair_straddlingMonthStartInShanghai_splitByInterpolatedRate() {
    // 23:55 31 Mar → 00:05 1 Apr local (month starts 2024-03-31T16:00Z). q_a = 12, q_b = 18
    // m3/min; at the boundary (5 of 10 min) q = 15. March (12 + 15)/2 × 5 = 67.5 m3,
    // April (15 + 18)/2 × 5 = 82.5 m3 → 0.00675 and 0.00825
    MeterReport r =
        compute(
            registry(RA),
            p("RA-1", "2024-03-31T23:55:00", 3000, 0.4),
            p("RA-1", "2024-04-01T00:05:00", 2000, 0.9));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).ventilation())
        .isCloseTo(0.00675, within(EXACT));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-04")).ventilation())
        .isCloseTo(0.00825, within(EXACT));
  }

  @Test
  void siteRow_sumsMetersPerField_utilisationStaysItsOwnField() {
    // vent 15 m3/min, drain 50 × 30% = 15 m3/min, utilized 20 × 50% = 10 m3/min, 10 min each:
    // ventilation 0.015, drainage 0.015, utilized 0.010; flared absent (no flare meter)
    Meter dr = gas("DR-1", MeterKind.DRAINAGE_CH4);
    Meter ut = gas("UT-1", MeterKind.UTILIZED_CH4);
    MeterReport r =
        compute(
            registry(RA, dr, ut),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.5),
            p("RA-1", "2024-03-10T08:10:00", 3000, 0.5),
            p("DR-1", "2024-03-10T08:00:00", 50, 30),
            p("DR-1", "2024-03-10T08:10:00", 50, 30),
            p("UT-1", "2024-03-10T08:00:00", 20, 50),
            p("UT-1", "2024-03-10T08:10:00", 20, 50));
    MeterRow row = row(r, "meter:site:north:mine-methane:2024-03");
    ActivityRow.MineMethane m = methane(row);
    assertThat(m.ventilation()).isCloseTo(0.015, within(EXACT));
    assertThat(m.drainage()).isCloseTo(0.015, within(EXACT));
    assertThat(m.utilized()).isCloseTo(0.010, within(EXACT));
    assertThat(m.flared()).isNull();
    assertThat(row.meters()).containsExactly("DR-1", "RA-1", "UT-1");
    assertThat(row.row().meta().evidence()).isEqualTo("meters: DR-1, RA-1, UT-1");
  }

  @Test
  void flaredMeter_alsoGivesAFlareRowOfPureCh4() {
    // flared 30 m3/min × 40% = 12 m3/min × 10 min = 120 m3 = 0.012 × 10^4 Nm3, composition CH4 1.0
    Meter fl = gas("FL-1", MeterKind.FLARED_CH4);
    MeterReport r =
        compute(
            registry(fl),
            p("FL-1", "2024-03-10T08:00:00", 30, 40),
            p("FL-1", "2024-03-10T08:10:00", 30, 40));
    assertThat(methane(row(r, "meter:site:north:mine-methane:2024-03")).flared())
        .isCloseTo(0.012, within(EXACT));
    MeterRow flare = row(r, "meter:site:north:flare:2024-03");
    assertThat(quantity(flare)).isCloseTo(0.012, within(EXACT));
    assertThat(((ActivityRow.Flare) flare.row()).composition()).containsEntry("CH4", 1.0);
  }

  @Test
  void co2Meters_giveAMineCo2Row() {
    // ventilation CO2 2000 m3/min × 0.3% = 6 m3/min × 10 min = 60 m3 = 0.006
    Meter vc = gas("VC-1", MeterKind.VENTILATION_CO2);
    MeterReport r =
        compute(
            registry(vc),
            p("VC-1", "2024-03-10T08:00:00", 2000, 0.3),
            p("VC-1", "2024-03-10T08:10:00", 2000, 0.3));
    assertThat(row(r, "meter:site:north:mine-co2:2024-03").row())
        .isInstanceOfSatisfying(
            ActivityRow.MineCo2.class,
            c -> assertThat(c.ventilation()).isCloseTo(0.006, within(EXACT)));
  }
}
