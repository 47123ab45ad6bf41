package org.minecarbon.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.unit.Units;

/** Aggregation into the balance table: columns, totals, net, scope, gas, intensity, energy. */
class BalanceCalculatorTest {

  static Balance balance(Inventory inv) {
    return new BalanceCalculator(InventoryBuilder.library()).calculate(inv).orElseThrow();
  }

  /**
   * A small mine year. Hand derivation (SAR, CN-2015):
   *
   * <pre>
   * fuel        100 t diesel            = 314.5122493333 (see FuelAndProcessGoldenTest)
   * fugitiveCH4 1600 ×10^4Nm3 × 7.17 × 21 = 240,912
   * electricity 1000 MWh × 0.5306 (national 2023 for 2024) = 530.6
   * heat        1000 GJ × 0.11          = 110
   * emissions total                     = 241,867.1122493333
   * sinks: storage 980, allowance 5000 → removals 980, market 5000, total 5980
   * net = 241,867.1122493333 − 5980 = 235,887.1122493333
   * scope2 = 640.6; scope1 = 241,226.5122493333
   * byGas: CO2 = 314.5122… + 530.6 + 110 = 955.1122493333 t; CH4 = 11,472 t
   * intensity raw-coal (3,000,000 t) = 241,867.1122493333 / 3e6 = 0.0806223707…
   * tce = 4333 GJ / 29.3076 + 1000 MWh × 0.1229 + 1000 GJ / 29.3076
   *     = 147.8456… + 122.9 + 34.1208… = 304.8664… (exact: 5333/29.3076 + 122.9)
   * </pre>
   */
  @Test
  void balance_mineYear_matchesHandDerivation() {
    Balance b =
        balance(
            InventoryBuilder.coalMine()
                .at("2024")
                .activity(m -> new ActivityRow.Fuel(m, "diesel", q(100, "t"), null, null, null))
                .activity(
                    m ->
                        new ActivityRow.MineMethane(
                            m, 1200.0, 800.0, 100.0, 300.0, Units.TEN_K_NM3))
                .activity(
                    m -> new ActivityRow.Electricity(m, q(1000, "MWh"), null, null, null, null))
                .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
                .sink(m -> new SinkRow.Storage(m, q(1000, "t"), q(20, "t")))
                .sink(m -> new SinkRow.Allowance(m, q(5000, "tCO2e"), Instrument.CCER))
                .production("raw-coal", 3e6)
                .build());
    BalanceYear y = b.years().getFirst();
    Totals t = y.totals();
    assertThat(t.emissionsTotal()).isCloseTo(241_867.1122493333, within(1e-6));
    assertThat(t.removals()).isCloseTo(980, within(1e-9));
    assertThat(t.market()).isCloseTo(5000, within(1e-9));
    assertThat(t.net()).isCloseTo(235_887.1122493333, within(1e-6));
    assertThat(t.neutral()).isFalse();
    assertThat(t.scope2()).isCloseTo(640.6, within(1e-9));
    assertThat(t.scope1()).isCloseTo(241_226.5122493333, within(1e-6));
    assertThat(y.byGas()).containsOnlyKeys("CO2", "CH4");
    assertThat(y.byGas().get("CO2")).isCloseTo(955.1122493333, within(1e-9));
    assertThat(y.byGas().get("CH4")).isCloseTo(11_472, within(1e-9));
    assertThat(y.intensity().get("raw-coal")).isCloseTo(241_867.1122493333 / 3e6, within(1e-12));
    assertThat(y.energyTce()).isCloseTo(5333 / 29.3076 + 122.9, within(1e-9));
    assertThat(y.bySite()).containsOnlyKeys("north");
    assertThat(y.byStage()).containsOnlyKeys("unassigned");
    assertThat(b.gwp().name()).isEqualTo("SAR");
    assertThat(b.factorSet()).isEqualTo("CN-2015");
  }

  @Test
  void balance_sinksEqualEmissionsWithinTolerance_isNeutral() {
    // 1000 GJ heat = 110 tCO2; allowance 109.995 → net 0.005 ≤ 0.01 → neutral
    Balance b =
        balance(
            InventoryBuilder.coalMine()
                .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
                .sink(m -> new SinkRow.Allowance(m, q(109.995, "tCO2e"), Instrument.CEA))
                .build());
    assertThat(b.years().getFirst().totals().neutral()).isTrue();
  }

  @Test
  void balance_yearsSortedAndMonthsRollUp() {
    Balance b =
        balance(
            InventoryBuilder.coalMine()
                .at("2024-02")
                .activity(m -> new ActivityRow.Heat(m, q(100, "GJ"), null, null, null, null))
                .at("2023")
                .activity(m -> new ActivityRow.Heat(m, q(50, "GJ"), null, null, null, null))
                .at("2024-01")
                .activity(m -> new ActivityRow.Heat(m, q(200, "GJ"), null, null, null, null))
                .build());
    assertThat(b.years()).extracting(BalanceYear::year).containsExactly(2023, 2024);
    BalanceYear y = b.year(2024).orElseThrow();
    // 300 GJ × 0.11 = 33; January 22, February 11
    assertThat(y.totals().get(Column.HEAT)).isCloseTo(33, within(1e-9));
    assertThat(y.months()).containsOnlyKeys(1, 2);
    assertThat(y.months().get(1).get(Column.HEAT)).isCloseTo(22, within(1e-9));
    assertThat(y.months().get(2).get(Column.HEAT)).isCloseTo(11, within(1e-9));
    assertThat(b.year(2023).orElseThrow().months()).isEmpty();
  }

  @Test
  void balance_noProduction_warnsInsteadOfZeroIntensity() {
    var result =
        new BalanceCalculator(InventoryBuilder.library())
            .calculate(
                InventoryBuilder.coalMine()
                    .activity(m -> new ActivityRow.Heat(m, q(100, "GJ"), null, null, null, null))
                    .build());
    assertThat(result.orElseThrow().years().getFirst().intensity()).isEmpty();
    assertThat(result.issues()).extracting(i -> i.code()).contains(Codes.NO_PRODUCTION);
  }

  @Test
  void balance_sitesAndStages_breakDownEmissions() {
    Balance b =
        balance(
            new InventoryBuilder()
                .site("pit", org.minecarbon.core.inventory.MineType.SURFACE, null)
                .site("mill", org.minecarbon.core.inventory.MineType.SURFACE, null)
                .at("2024", "pit")
                .activity(m -> new ActivityRow.Heat(m, q(100, "GJ"), null, null, null, null))
                .at("2024", "mill")
                .activity(
                    m ->
                        new ActivityRow.Carbonate(
                            m, q(10, "t"), Map.of("CaCO3", 1.0), null, Map.of()))
                .build());
    BalanceYear y = b.years().getFirst();
    // pit: 100 × 0.11 = 11; mill: 10 × 1 × 0.4397 = 4.397
    assertThat(y.bySite().get("pit")).isCloseTo(11, within(1e-9));
    assertThat(y.bySite().get("mill")).isCloseTo(4.397, within(1e-9));
  }
}
