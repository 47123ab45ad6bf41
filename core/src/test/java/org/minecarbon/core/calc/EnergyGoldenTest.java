package org.minecarbon.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.calc.FuelAndProcessGoldenTest.only;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.testing.InventoryBuilder;

/** Net purchased electricity and heat, hand-derived. */
class EnergyGoldenTest {

  @Test
  void electricity_provinceWithoutYear_usesLatestPublishedYearNotAfterRow() {
    // 山西 has a 2022 provincial factor 0.7096 only; a 2024 row uses it.
    // (1000 − 200) MWh × 0.7096 = 567.68 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .at("2024")
                .activity(
                    m ->
                        new ActivityRow.Electricity(
                            m, q(1000, "MWh"), q(200, "MWh"), null, "山西", null))
                .build());
    assertThat(line.co2e()).isCloseTo(567.68, within(1e-9));
    assertThat(line.electricityMwh()).isCloseTo(800, within(1e-12));
    assertThat(line.factors().getFirst().factor().id()).isEqualTo("CN-2015:grid.shanxi.2022");
    assertThat(line.column()).isEqualTo(Column.ELECTRICITY);
  }

  @Test
  void electricity_nationalDefault_picksYearAndKwhConverts() {
    // national 2023 = 0.5306; 500,000 kWh = 500 MWh → 265.3 tCO2 for a 2024 row
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .at("2024-03")
                .activity(
                    m -> new ActivityRow.Electricity(m, q(500_000, "kWh"), null, null, null, null))
                .build());
    assertThat(line.co2e()).isCloseTo(265.3, within(1e-9));
    // 2022 row → national 2022 = 0.5366 → 268.3
    CalcLine y2022 =
        only(
            InventoryBuilder.coalMine()
                .at("2022")
                .activity(
                    m -> new ActivityRow.Electricity(m, q(500, "MWh"), null, null, null, null))
                .build());
    assertThat(y2022.co2e()).isCloseTo(268.3, within(1e-9));
  }

  @Test
  void electricity_yearBeforeAnyPublication_fallsBackToLatestWithWarning() {
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .at("2019")
                    .activity(
                        m ->
                            new ActivityRow.Electricity(
                                m, q(100, "MWh"), null, null, "national", null))
                    .build());
    // contract rev 1.1: "latest published year ≤ the row's year, else the earliest, with a
    // warning" → national 2021 (公告2024年第12号) 0.5568: 100 × 0.5568 = 55.68
    assertThat(result.orElseThrow().lines().getFirst().co2e()).isCloseTo(55.68, within(1e-9));
    assertThat(result.issues()).extracting(i -> i.code()).contains(Codes.GRID_YEAR_FALLBACK);
  }

  @Test
  void electricity_exportExceedsPurchase_givesNegativeEmission() {
    // (100 − 300) MWh × 0.6 (explicit) = −120 tCO2: a result may be negative
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Electricity(
                            m, q(100, "MWh"), q(300, "MWh"), 0.6, null, null))
                .build());
    assertThat(line.co2e()).isCloseTo(-120, within(1e-9));
  }

  @Test
  void electricity_explicitGridYearMissing_isAnError() {
    var result =
        new Calculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .activity(
                        // 2023 provincial factors are published but not shipped (not read)
                        m -> new ActivityRow.Electricity(m, q(100, "MWh"), null, null, "山西", 2023))
                    .build());
    assertThat(result.isOk()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(Codes.MISSING_FACTOR);
              assertThat(i.pointer()).isEqualTo("/activities/0/gridYear");
            });
  }

  @Test
  void heat_gigajoules_defaultFactor() {
    // 1000 GJ × 0.11 = 110 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
                .build());
    assertThat(line.co2e()).isCloseTo(110, within(1e-9));
    assertThat(line.heatGj()).isCloseTo(1000, within(1e-12));
  }

  @Test
  void heat_steam_convertsByEnthalpyAboveReference() {
    // 100 t × (2800 − 83.74) kJ/kg / 1000 = 271.626 GJ × 0.11 = 29.87886 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Heat(
                            m, null, null, new ActivityRow.Steam(100, 2800), null, null))
                .build());
    assertThat(line.heatGj()).isCloseTo(271.626, within(1e-9));
    assertThat(line.co2e()).isCloseTo(29.87886, within(1e-9));
  }

  @Test
  void heat_hotWater_convertsByTemperatureAboveTwenty() {
    // 500 t × (80 − 20) °C × 4.1868 / 1000 = 125.604 GJ × 0.11 = 13.81644 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Heat(
                            m, null, null, null, new ActivityRow.HotWater(500, 80), null))
                .build());
    assertThat(line.heatGj()).isCloseTo(125.604, within(1e-9));
    assertThat(line.co2e()).isCloseTo(13.81644, within(1e-9));
  }

  @Test
  void heat_exportedAndOwnFactor_areNetted() {
    // (800 − 300) GJ × 0.12 = 60 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m -> new ActivityRow.Heat(m, q(800, "GJ"), q(300, "GJ"), null, null, 0.12))
                .build());
    assertThat(line.co2e()).isCloseTo(60, within(1e-9));
  }
}
