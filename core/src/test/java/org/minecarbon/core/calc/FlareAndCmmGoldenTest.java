package org.minecarbon.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.calc.FuelAndProcessGoldenTest.only;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.testing.InventoryBuilder;

/** Contract revision 1.1: the flare CO2 rule and the cmm fuel, hand-derived. */
class FlareAndCmmGoldenTest {

  @Test
  void flare_co2InGas_notCountedByDefault() {
    // Q = 100 × 10^4 Nm3, CH4 0.40, CO2 0.10: 100 × 12 × 0.40 × 10 / 22.4 × 0.98 × 44/12
    // = 100 × 2.142857 × 0.98 × 3.666667 = 770.0 tCO2; the CO2 share is the drainage row's
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Flare(
                            m, q(100, "10^4Nm3"), Map.of("CH4", 0.40, "CO2", 0.10), null))
                .build());
    assertThat(line.co2e()).isCloseTo(770.0, within(1e-9));
  }

  @Test
  void flare_includeCo2_addsTheGasCo2AtItsDensity() {
    // as above + Q × V_CO2 × 19.77 = 100 × 0.10 × 19.77 = 197.7 → 967.7 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Flare(
                            m, q(100, "10^4Nm3"), Map.of("CH4", 0.40, "CO2", 0.10), null, true))
                .build());
    assertThat(line.co2e()).isCloseTo(967.7, within(1e-9));
  }

  @Test
  void cmm_ncvAndCarbonFollowFromCh4Fraction() {
    // 1000 × 10^4 Nm3 of mine gas at 35 % CH4 = 350 × 10^4 Nm3 CH4.
    // Carbon: 12 × 10 / 22.414 = 5.353797 tC per 10^4 Nm3 CH4 (= NCV × CC by construction)
    // CO2 = 350 × 5.353797 × 0.99 × 44/12 = 6801.99 tCO2 (tolerance covers the 6-digit CC)
    // energy = 350 × 357.95 GJ = 125 282.5 GJ
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .activity(
                        m ->
                            new ActivityRow.Fuel(
                                m, "煤矿瓦斯", q(1000, "10^4Nm3"), null, null, null, 0.35))
                    .build());
    CalcLine line = result.orElseThrow().lines().getFirst();
    double expected = 350 * (12.0 * 10 / 22.414) * 0.99 * 44 / 12;
    assertThat(line.co2e()).isCloseTo(expected, within(expected * 1e-5));
    assertThat(line.co2e()).isCloseTo(6801.99, within(0.1));
  }

  @Test
  void cmm_withoutCh4_isRequired() {
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .activity(
                        m -> new ActivityRow.Fuel(m, "cmm", q(10, "10^4Nm3"), null, null, null))
                    .build());
    assertThat(result.errors()).extracting(Issue::pointer).containsExactly("/activities/0/ch4");
  }
}
