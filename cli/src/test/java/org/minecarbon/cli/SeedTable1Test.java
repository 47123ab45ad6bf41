package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;

/**
 * Seed 002 Table 1 (碳平衡核算表) reproduced from examples/seed-002-table1.json: every published cell
 * equals the computed value rounded half-up to 2 decimals. The encoding of each cell (measured
 * rows, CH4 = column / 21, electricity = column / 0.5703, heat = column / 0.11) and its arithmetic
 * are in examples/README.md and in each row's note.
 */
class SeedTable1Test {
  static final Path FILE = Path.of("..", "examples", "seed-002-table1.json");
  static Balance balance;

  @BeforeAll
  static void calculate() {
    FactorLibrary library = FactorLibrary.builtIn();
    Inventory inventory = Documents.load(FILE, library).orElseThrow();
    balance = new BalanceCalculator(library).calculate(inventory).orElseThrow();
  }

  static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  static Totals totals(int year) {
    return balance.year(year).orElseThrow().totals();
  }

  @Test
  void years_seedTable_are2022To2024() {
    assertThat(balance.years()).extracting(y -> y.year()).containsExactly(2022, 2023, 2024);
  }

  // Emission cells exactly as printed in Table 1 (spaces as thousands separators removed).
  // Subtotal = sum of the five non-empty columns, e.g. 2022: 377 956.25 + 133 808.72 +
  // 46 839.22 + 38 585.02 + 6 707.69 = 603 896.90.
  @ParameterizedTest
  @CsvSource({
    "2022, 603896.90, 377956.25, 133808.72, 46839.22, 38585.02, 6707.69",
    "2023, 594838.44, 372286.91, 131801.59, 46136.63, 38006.24, 6607.07",
    "2024, 581157.16, 363724.31, 128770.15, 45075.49, 37132.10, 6455.11"
  })
  void emissions_seedTable_matchPublishedCells(
      int year,
      BigDecimal subtotal,
      BigDecimal fuel,
      BigDecimal ch4,
      BigDecimal co2,
      BigDecimal electricity,
      BigDecimal heat) {
    Totals t = totals(year);
    assertThat(rounded(t.emissionsTotal())).isEqualTo(subtotal);
    assertThat(rounded(t.get(Column.FUEL))).isEqualTo(fuel);
    assertThat(rounded(t.get(Column.FUGITIVE_CH4))).isEqualTo(ch4);
    assertThat(rounded(t.get(Column.FUGITIVE_CO2))).isEqualTo(co2);
    assertThat(rounded(t.get(Column.ELECTRICITY))).isEqualTo(electricity);
    assertThat(rounded(t.get(Column.HEAT))).isEqualTo(heat);
    // "—" in the paper: carbonate decomposition and other fugitive gases.
    assertThat(rounded(t.get(Column.CARBONATE))).isEqualByComparingTo("0");
    assertThat(rounded(t.get(Column.FUGITIVE_OTHER))).isEqualByComparingTo("0");
  }

  // Sinks: only purchased allowances, 2023 and 2024; subtotal = the allowance.
  @ParameterizedTest
  @CsvSource({"2022, 0.00", "2023, 594838.45", "2024, 581157.16"})
  void sinks_seedTable_areAllowancesOnly(int year, BigDecimal allowance) {
    Totals t = totals(year);
    assertThat(rounded(t.sinksTotal())).isEqualTo(allowance);
    assertThat(rounded(t.get(Column.ALLOWANCE))).isEqualTo(allowance);
    assertThat(rounded(t.removals())).isEqualByComparingTo("0");
  }

  // Net = emissions − sinks: 2022 603 896.90 − 0; 2023 594 838.44 − 594 838.45 = −0.01;
  // 2024 581 157.16 − 581 157.16 = 0. Neutral when net ≤ 0.01.
  @ParameterizedTest
  @CsvSource({"2022, 603896.90, false", "2023, -0.01, true", "2024, 0.00, true"})
  void net_seedTable_matchesPaperNeutrality(int year, BigDecimal net, boolean neutral) {
    Totals t = totals(year);
    assertThat(rounded(t.net())).isEqualTo(net);
    assertThat(t.neutral()).isEqualTo(neutral);
  }

  @Test
  void balanceTable_seedTable_printsPublishedFigures() {
    CliRun run = CliRun.of("balance", FILE.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("603,896.90", "377,956.25", "133,808.72", "46,839.22", "38,585.02", "6,707.69")
        .contains("594,838.44", "594,838.45", "581,157.16")
        .contains("-0.01");
  }
}
