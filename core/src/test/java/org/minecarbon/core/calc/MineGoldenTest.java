package org.minecarbon.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.calc.FuelAndProcessGoldenTest.only;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.GasGrade;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.unit.Units;

/** Coal-mine fugitive emissions (NDRC coal guideline 2014), hand-derived. */
class MineGoldenTest {

  static ActivityRow.MineMethane methane(org.minecarbon.core.inventory.RowMeta m) {
    return new ActivityRow.MineMethane(m, 1200.0, 800.0, 100.0, 300.0, Units.TEN_K_NM3);
  }

  @Test
  void mineMethane_sarDefault_netVolumeTimesDensityTimes21() {
    // (1200 + 800 − 100 − 300) × 10^4 Nm3 = 1600 × 7.17 t = 11,472 t CH4 × 21 = 240,912 tCO2e
    CalcLine line = only(InventoryBuilder.coalMine().activity(MineGoldenTest::methane).build());
    assertThat(line.gasMass()).isCloseTo(11_472, within(1e-9));
    assertThat(line.co2e()).isCloseTo(240_912, within(1e-6));
    assertThat(line.column()).isEqualTo(Column.FUGITIVE_CH4);
  }

  @Test
  void mineMethane_ar6_usesFossilMethane() {
    // 11,472 t CH4 × 29.8 (AR6 fossil) = 341,865.6 tCO2e
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .settings(GwpSet.AR6, null)
                .activity(MineGoldenTest::methane)
                .build());
    assertThat(line.co2e()).isCloseTo(341_865.6, within(1e-6));
    assertThat(line.factors().get(line.gwpIndex()).factor().key()).isEqualTo("gwp.CH4.fossil");
  }

  @Test
  void mineMethane_ar4AndAr5_useTheSingleMethaneValue() {
    // 11,472 t CH4 × 25 (AR4) = 286,800; × 28 (AR5; fossil variant only under AR6) = 321,216
    CalcLine ar4 =
        only(
            InventoryBuilder.coalMine()
                .settings(GwpSet.AR4, null)
                .activity(MineGoldenTest::methane)
                .build());
    CalcLine ar5 =
        only(
            InventoryBuilder.coalMine()
                .settings(GwpSet.AR5, null)
                .activity(MineGoldenTest::methane)
                .build());
    assertThat(ar4.co2e()).isCloseTo(286_800, within(1e-6));
    assertThat(ar5.co2e()).isCloseTo(321_216, within(1e-6));
  }

  @Test
  void mineMethane_cubicMetres_convertToTenThousands() {
    // 12,000,000 Nm3 ventilation only = 1200 × 10^4 Nm3 × 7.17 = 8604 t CH4
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m -> new ActivityRow.MineMethane(m, 12_000_000.0, null, null, null, Units.NM3))
                .build());
    assertThat(line.gasMass()).isCloseTo(8604, within(1e-9));
  }

  @Test
  void mineCo2_recoveredSubtracted_defaultDensity() {
    // (50 + 10 − 5) × 10^4 Nm3 × 19.77 t/10^4 Nm3 = 1087.35 tCO2 (density [U]: warning)
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .activity(
                        m -> new ActivityRow.MineCo2(m, 50.0, 10.0, 5.0, Units.TEN_K_NM3, null))
                    .build());
    assertThat(result.orElseThrow().lines().getFirst().co2e()).isCloseTo(1087.35, within(1e-9));
    assertThat(result.issues()).extracting(i -> i.code()).contains(Codes.UNCONFIRMED_FACTOR);
  }

  @Test
  void postMining_highGasMine_uses201() {
    // 3,000,000 t × 2.01 kg/t / 1000 = 6030 t CH4 × 21 = 126,630 tCO2e
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.CoalMethane(
                            m, Source.POST_MINING_METHANE, q(3e6, "t"), null))
                .build());
    assertThat(line.co2e()).isCloseTo(126_630, within(1e-6));
  }

  @Test
  void postMining_lowGasAndSurfaceMines_useTheirDefaults() {
    // low gas: 1,000,000 t × 0.60 / 1000 = 600 t CH4 × 21 = 12,600
    CalcLine low =
        only(
            new InventoryBuilder()
                .site("s", MineType.UNDERGROUND, GasGrade.LOW)
                .activity(
                    m ->
                        new ActivityRow.CoalMethane(
                            m, Source.POST_MINING_METHANE, q(1e6, "t"), null))
                .build());
    assertThat(low.co2e()).isCloseTo(12_600, within(1e-6));
    // surface mine: 1,000,000 t × 0.34 / 1000 = 340 t CH4 × 21 = 7140
    CalcLine surface =
        only(
            new InventoryBuilder()
                .site("s", MineType.SURFACE, null)
                .activity(
                    m ->
                        new ActivityRow.CoalMethane(
                            m, Source.POST_MINING_METHANE, q(1e6, "t"), null))
                .build());
    assertThat(surface.co2e()).isCloseTo(7140, within(1e-6));
    // surface mining itself: 1,000,000 t × 1.34 / 1000 = 1340 t CH4 × 21 = 28,140
    CalcLine mining =
        only(
            new InventoryBuilder()
                .site("s", MineType.SURFACE, null)
                .activity(
                    m -> new ActivityRow.CoalMethane(m, Source.SURFACE_METHANE, q(1e6, "t"), null))
                .build());
    assertThat(mining.co2e()).isCloseTo(28_140, within(1e-6));
  }

  @Test
  void postMining_outburstMine_treatedAsHigh() {
    CalcLine line =
        only(
            new InventoryBuilder()
                .site("s", MineType.UNDERGROUND, GasGrade.OUTBURST)
                .activity(
                    m ->
                        new ActivityRow.CoalMethane(
                            m, Source.POST_MINING_METHANE, q(1000, "t"), null))
                .build());
    assertThat(line.gasMass()).isCloseTo(2.01, within(1e-12));
  }

  @Test
  void postMining_undergroundWithoutGasGrade_isAnError() {
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                new InventoryBuilder()
                    .site("s", MineType.UNDERGROUND, null)
                    .activity(
                        m ->
                            new ActivityRow.CoalMethane(
                                m, Source.POST_MINING_METHANE, q(1000, "t"), null))
                    .build());
    assertThat(result.errors()).extracting(i -> i.code()).containsExactly(Codes.GAS_GRADE_REQUIRED);
  }

  @Test
  void flare_fortyPercentMethane_matchesCrossCheck() {
    // factors.md 2.4 [X]: V_CH4 = 0.40 → CC = 12 × 1 × 0.40 × 10 / 22.4 = 2.142857 tC/10^4 Nm3.
    // 100 × 10^4 Nm3 × 2.142857 × 0.98 × 44/12 = 210 tC × 44/12 = 770 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Flare(
                            m, q(100, "10^4Nm3"), Map.of("CH4", 0.40, "N2", 0.5), null))
                .build());
    assertThat(line.co2e()).isCloseTo(770, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.FUGITIVE_CO2);
  }

  @Test
  void flare_ethaneCountsTwoCarbons() {
    // 10 × 10^4 Nm3, C2H6 0.05: CC = 12 × 2 × 0.05 × 10 / 22.4 = 0.535714; × 0.98 × 44/12 × 10 =
    // 19.25
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m -> new ActivityRow.Flare(m, q(10, "10^4Nm3"), Map.of("C2H6", 0.05), null))
                .build());
    assertThat(line.co2e()).isCloseTo(19.25, within(1e-9));
  }
}
