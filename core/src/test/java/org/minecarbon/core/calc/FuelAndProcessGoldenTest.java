package org.minecarbon.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Category;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.testing.InventoryBuilder;

/** Hand-derived golden numbers for fuel combustion, carbonate decomposition and mass balance. */
class FuelAndProcessGoldenTest {

  static CalcLine only(Inventory inv) {
    return new Calculator(InventoryBuilder.library())
        .calculate(inv)
        .orElseThrow()
        .lines()
        .getFirst();
  }

  @Test
  void fuel_dieselDefaultSet_usesTableB() {
    // CN-2015 (Table B) diesel: NCV 43.33 GJ/t, CC 0.0202 tC/GJ, OF 0.98.
    // 100 t × 43.33 × 0.0202 × 0.98 × 44/12 = 85.776068 tC × 3.666… = 314.5122493333 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Fuel(m, "diesel", q(100, "t"), null, null, null))
                .build());
    assertThat(line.co2e()).isCloseTo(314.5122493333, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.FUEL);
    assertThat(line.gas()).isEqualTo("CO2");
    // energy for tce: 100 t × 43.33 GJ/t = 4333 GJ
    assertThat(line.energyGj()).isCloseTo(4333.0, within(1e-9));
    assertThat(line.factors())
        .extracting(u -> u.factor().id())
        .containsExactly(
            "CN-2015:fuel.diesel.ncv", "CN-2015:fuel.diesel.cc", "CN-2015:fuel.diesel.of");
  }

  @Test
  void fuel_chineseAliasAndKilograms_sameAsCodeAndTonnes() {
    CalcLine alias =
        only(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Fuel(m, "柴油", q(100_000, "kg"), null, null, null))
                .build());
    assertThat(alias.co2e()).isCloseTo(314.5122493333, within(1e-9));
  }

  @Test
  void fuel_naturalGasVolume_matchesPublishedCrossCheck() {
    // factors.md 1.4 [X]: 389.31 × 0.0153 × 0.99 × 44/12 = 21.622 tCO2 per 10^4 Nm3.
    // 250,000 Nm3 = 25 × 10^4 Nm3 → 25 × 21.62204… = 540.551 (exact: 25×389.31×0.0153×0.99×44/12)
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Fuel(m, "natural-gas", q(250_000, "Nm3"), null, null, null))
                .build());
    double expected = 25 * 389.31 * 0.0153 * 0.99 * 44.0 / 12.0; // = 540.5511...
    assertThat(line.co2e()).isCloseTo(expected, within(1e-9));
    assertThat(line.co2e() / 25).isCloseTo(21.622, within(5e-4));
  }

  @Test
  void fuel_rowOverrides_replaceDefaultsAndAreTracedAsRowValues() {
    // measured NCV 42.0 GJ/t, CC 0.0200, OF 1.0: 10 t × 42 × 0.02 × 1 × 44/12 = 30.8 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Fuel(m, "diesel", q(10, "t"), 42.0, 0.02, 1.0))
                .build());
    assertThat(line.co2e()).isCloseTo(30.8, within(1e-9));
    assertThat(line.factors()).allSatisfy(u -> assertThat(u.factor().set()).isEqualTo("row"));
    assertThat(line.factors().getFirst().factor().citation()).contains("/activities/0/ncv");
  }

  @Test
  void fuel_tableAVariant_inheritsMissingCoalOxidationFromDefault() {
    // CN-2015-A bituminous: NCV 23.076, CC 0.02308 (own, [U]); OF not in Table A → CN-2015 0.93.
    // 1000 t × 23.076 × 0.02308 × 0.93 × 44/12 = 1816.1384… tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .settings(null, "CN-2015-A")
                .activity(
                    m -> new ActivityRow.Fuel(m, "bituminous", q(1000, "t"), null, null, null))
                .build());
    assertThat(line.co2e()).isCloseTo(1000 * 23.076 * 0.02308 * 0.93 * 44.0 / 12.0, within(1e-9));
    assertThat(line.factors().get(2).factor().id()).isEqualTo("CN-2015:fuel.bituminous.of");
    assertThat(line.factors().get(0).factor().id()).isEqualTo("CN-2015-A:fuel.bituminous.ncv");
  }

  @Test
  void carbonate_twoCarbonatesWithDecomposition_sumsPerCarbonate() {
    // 1000 t ore × n 0.9 × (0.80 × 0.4397 + 0.05 × 0.5220) = 900 × 0.37786 = 340.074 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Carbonate(
                            m, q(1000, "t"), Map.of("CaCO3", 0.80, "MgCO3", 0.05), 0.9, Map.of()))
                .build());
    assertThat(line.co2e()).isCloseTo(340.074, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.CARBONATE);
    assertThat(line.terms()).hasSize(2);
  }

  @Test
  void carbonate_factorOverride_replacesStoichiometricDefault() {
    // 500 t × n 1 × 0.9 × 0.44 (override for CaCO3) = 198 tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.Carbonate(
                            m, q(500, "t"), Map.of("CaCO3", 0.9), null, Map.of("CaCO3", 0.44)))
                .build());
    assertThat(line.co2e()).isCloseTo(198.0, within(1e-9));
  }

  @Test
  void massBalance_inputsMinusOutputs_timesMolarRatio() {
    // (100 t × 0.80 − 20 t × 0.50) × 44/12 = 70 × 3.6666… = 256.6666… tCO2
    CalcLine line =
        only(
            InventoryBuilder.coalMine()
                .activity(
                    m ->
                        new ActivityRow.MassBalance(
                            m,
                            Category.FUEL,
                            java.util.List.of(new ActivityRow.CarbonFlow(q(100, "t"), 0.8)),
                            java.util.List.of(new ActivityRow.CarbonFlow(q(20, "t"), 0.5))))
                .build());
    assertThat(line.co2e()).isCloseTo(70 * 44.0 / 12.0, within(1e-9));
    assertThat(line.column()).isEqualTo(Column.FUEL);
  }
}
