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
import org.minecarbon.core.inventory.Category;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.testing.InventoryBuilder;

/** Fugitive, measured and sink rows, hand-derived. */
class DirectAndSinkGoldenTest {

  @Test
  void fugitive_sf6_goesToOtherColumnWithSarGwp() {
    // 0.01 t SF6 × 23,900 (SAR) = 239 tCO2e
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Fugitive(m, "SF6", q(0.01, "t"), null))
                .build());
    assertThat(line.co2e()).isCloseTo(239, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.FUGITIVE_OTHER);
  }

  @Test
  void fugitive_nonFossilMethaneUnderAr6_uses27() {
    // 10 t CH4 × 27.0 (AR6 non-fossil) = 270; fossil default would be 298
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .settings(GwpSet.AR6, null)
                .activity(m -> new ActivityRow.Fugitive(m, "ch4", q(10, "t"), false))
                .build());
    assertThat(line.co2e()).isCloseTo(270, within(1e-9));
  }

  @Test
  void measured_categoryPicksColumn() {
    CalcLine fuel =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m -> new ActivityRow.Measured(m, "CO2", q(1000, "t"), Category.FUEL, null))
                .build());
    assertThat(fuel.column()).isEqualTo(Column.FUEL);
    assertThat(fuel.co2e()).isCloseTo(1000, within(1e-12));
    // 10 t CH4 measured as fugitive × 21 = 210 in fugitiveCH4
    CalcLine ch4 =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m -> new ActivityRow.Measured(m, "CH4", q(10, "t"), Category.FUGITIVE, null))
                .build());
    assertThat(ch4.column()).isEqualTo(Column.FUGITIVE_CH4);
    assertThat(ch4.co2e()).isCloseTo(210, within(1e-12));
  }

  @Test
  void carbonation_productTimesFractionTimesFactor() {
    // 100 t light CaCO3 product × 0.95 × 0.4397 = 41.7715 tCO2 absorbed
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Carbonation(m, q(100, "t"), Map.of("CaCO3", 0.95), Map.of()))
                .build());
    assertThat(line.co2e()).isCloseTo(41.7715, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.CARBONATION);
  }

  @Test
  void storage_capturedMinusLosses() {
    // 1000 t captured − 20 t losses = 980 tCO2 stored
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Storage(m, q(1000, "t"), q(20, "t")))
                .build());
    assertThat(line.co2e()).isCloseTo(980, within(1e-12));
  }

  @Test
  void vegetation_areaTimesRate_andStockDifference() {
    // 100 ha × 3.3733 tCO2/ha/yr (0.92 tC/ha/yr × 44/12, Jilin forest) = 337.33 tCO2
    CalcLine area =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Vegetation(m, null, q(100, "ha"), 3.3733, "forest"))
                .build());
    assertThat(area.co2e()).isCloseTo(337.33, within(1e-9));
    // 1500 亩 = 100 ha exactly
    CalcLine mu =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Vegetation(m, null, q(1500, "mu"), 3.3733, "forest"))
                .build());
    assertThat(mu.co2e()).isCloseTo(337.33, within(1e-9));
    CalcLine stock =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Vegetation(m, q(250, "tCO2"), null, null, null))
                .build());
    assertThat(stock.co2e()).isCloseTo(250, within(1e-12));
  }

  @Test
  void allowanceAndUtilization_countAsGiven() {
    CalcLine allowance =
        only(
            InventoryBuilder.coalMine()
                .sink(m -> new SinkRow.Allowance(m, q(5000, "tCO2e"), Instrument.CEA))
                .build());
    assertThat(allowance.co2e()).isCloseTo(5000, within(1e-12));
    assertThat(allowance.column()).isEqualTo(Column.ALLOWANCE);
    CalcLine used =
        only(
            InventoryBuilder.coalMine().sink(m -> new SinkRow.Utilization(m, q(500, "t"))).build());
    assertThat(used.co2e()).isCloseTo(500, within(1e-12));
  }
}
