package org.minecarbon.meter.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.meter.rows.Fx.EXACT;
import static org.minecarbon.meter.rows.Fx.compute;
import static org.minecarbon.meter.rows.Fx.gas;
import static org.minecarbon.meter.rows.Fx.methane;
import static org.minecarbon.meter.rows.Fx.p;
import static org.minecarbon.meter.rows.Fx.registry;
import static org.minecarbon.meter.rows.Fx.row;

import org.junit.jupiter.api.Test;
import org.minecarbon.meter.reading.Reading;
import org.minecarbon.meter.registry.Meter;
import org.minecarbon.meter.registry.MeterKind;
import org.minecarbon.meter.registry.Substitution;

/** Contract §2 conservative substitution: extreme rate of the same hour on the previous 7 days. */
class SubstitutionTest {
  private static final String ROW = "meter:site:north:mine-methane:2024-03";

  /**
   * History on 9 Mar, hour 08: 12, 20, 12 m3/min (10-min steps, covered); then silence until 10 Mar
   * 08:00, and a one-hour gap 08:00–09:00 on 10 Mar with end rates {@code endRate}.
   */
  private static Reading[] readings(String id, double endConc) {
    return new Reading[] {
      p(id, "2024-03-09T08:00:00", 3000, 0.4), // 12 m3/min
      p(id, "2024-03-09T08:10:00", 2000, 1.0), // 20
      p(id, "2024-03-09T08:20:00", 3000, 0.4), // 12
      p(id, "2024-03-10T08:00:00", 3000, endConc),
      p(id, "2024-03-10T09:00:00", 3000, endConc)
    };
  }

  @Test
  void emissionKind_gapHourFilledWithHighestRateOfThatHourOnPreviousDays() {
    // 9 Mar 08:00–08:20 covered: (12 + 20)/2 × 10 × 2 = 320 m3.
    // Gap 9 Mar 08:20 → 10 Mar 08:00 (1420 min): hour 08 of 9 Mar has no history on 2–8 Mar
    // and the other hours none either → bridged at 12 m3/min: 17 040 m3.
    // Gap 10 Mar 08:00–09:00: highest of hour 08 on 9 Mar = 20 m3/min × 60 = 1200 m3
    // (the bridge would give 720). Total 18 560 m3 = 1.856; estimated 18 240 = 1.824
    Meter ra =
        gas("RA-1", MeterKind.VENTILATION_CH4)
            .withGaps(Meter.DEFAULT_MAX_GAP, Substitution.CONSERVATIVE);
    MeterRow r = row(compute(registry(ra), readings("RA-1", 0.4)), ROW);
    assertThat(methane(r).ventilation()).isCloseTo(1.856, within(EXACT));
    assertThat(r.estimated()).isCloseTo(1.824, within(EXACT));
  }

  @Test
  void creditKind_gapHourFilledWithLowestRate() {
    // utilisation, end rates 3000 × 0.6% = 18 m3/min: bridge of the 10 Mar hour = 18 × 60 =
    // 1080 m3; lowest of hour 08 on 9 Mar = 12 → 720 m3. The rest is identical in both runs
    // (no history for other hours), so conservative = bridged − 360 m3 = − 0.036
    Meter ut = gas("UT-1", MeterKind.UTILIZED_CH4);
    Meter conservative = ut.withGaps(Meter.DEFAULT_MAX_GAP, Substitution.CONSERVATIVE);
    double bridged = methane(row(compute(registry(ut), readings("UT-1", 0.6)), ROW)).utilized();
    double subst =
        methane(row(compute(registry(conservative), readings("UT-1", 0.6)), ROW)).utilized();
    assertThat(bridged - subst).isCloseTo(0.036, within(EXACT));
  }

  @Test
  void noHistory_fallsBackToTheBridge() {
    // only the gap itself: nothing on previous days → trapezoid 12 × 60 = 720 m3 = 0.072
    Meter ra =
        gas("RA-1", MeterKind.VENTILATION_CH4)
            .withGaps(Meter.DEFAULT_MAX_GAP, Substitution.CONSERVATIVE);
    MeterReport rep =
        compute(
            registry(ra),
            p("RA-1", "2024-03-10T08:00:00", 3000, 0.4),
            p("RA-1", "2024-03-10T09:00:00", 3000, 0.4));
    assertThat(methane(row(rep, ROW)).ventilation()).isCloseTo(0.072, within(EXACT));
  }
}
