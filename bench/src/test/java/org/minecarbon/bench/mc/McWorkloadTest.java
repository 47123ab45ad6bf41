package org.minecarbon.bench.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.uncertainty.ModelExport;

class McWorkloadTest {

  @Test
  void inventory_sameSeed_identical() {
    Inventory a = McWorkload.inventory(1_000, 4);
    assertThat(McWorkload.inventory(1_000, 4)).isEqualTo(a);
    assertThat(McWorkload.inventory(1_000, 5)).isNotEqualTo(a);
    // 1,000 rows at 480 per mine: 3 mines, one vegetation sink each
    assertThat(a.activities()).hasSize(1_000);
    assertThat(a.sinks()).hasSize(3);
  }

  @Test
  void inventory_rows_mixAllFourDistributionsAndDefaults() {
    Inventory inv = McWorkload.inventory(2_000, 1);
    var kinds =
        inv.activities().stream()
            .map(r -> r.meta().uncertainty() == null ? "default" : r.meta().uncertainty().spec())
            .map(s -> s.split(":")[0])
            .distinct()
            .sorted()
            .toList();
    assertThat(kinds).containsExactly("default", "lognormal", "normal", "triangular", "uniform");
  }

  @Test
  void factorSet_fuelGridMineFactors_allUncertainAndSharedByManyRows() {
    Calculation calc = McWorkload.calculation(2_000, 1);
    long fuelLines =
        calc.lines().stream()
            .filter(l -> l.column() == Column.FUEL)
            .filter(
                l ->
                    l.factors().stream()
                        .allMatch(
                            f -> f.factor().uncertainty() != null || f.symbol().equals("GWP")))
            .count();
    assertThat(fuelLines).isGreaterThan(400);
    assertThat(calc.factorSet()).isEqualTo(McFactorSet.ID);
  }

  @Test
  void export_readBack_slotsSumToTheBalance() throws IOException {
    Calculation calc = McWorkload.calculation(2_000, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelExport.write(calc, out);
    McModel m = McModel.read(out.toByteArray());

    assertThat(m.years()).containsExactly(McWorkload.YEAR);
    assertThat(m.columns()).hasSize(12).startsWith("fuel", "carbonate");
    assertThat(m.factors()).isPositive();
    assertThat(m.terms()).isGreaterThan(2_000); // mine methane rows have four terms
    Balance balance =
        new BalanceCalculator(McFactorSet.library()).calculate(calc.inventory()).orElseThrow();
    for (Column c : Column.values()) {
      // every slot's nominal = constant part + Σ its uncertain terms = the balance column
      double terms = 0;
      for (int t = 0; t < m.terms(); t++) {
        terms += m.out()[t] == c.ordinal() ? m.base()[t] : 0;
      }
      double nominal = m.nominal()[c.ordinal()];
      assertThat(m.constant()[c.ordinal()] + terms)
          .isCloseTo(nominal, within(1e-6 * (1 + Math.abs(nominal))));
      assertThat(nominal)
          .isCloseTo(
              balance.years().get(0).totals().get(c), within(1e-6 * (1 + Math.abs(nominal))));
    }
    assertThat(Arrays.stream(m.refs()).max().orElseThrow()).isLessThan(m.factors());
  }

  @Test
  void read_truncatedFile_isRejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelExport.write(McWorkload.calculation(500, 1), out);
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> McModel.read(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(IllegalArgumentException.class);
    bytes[0] = 'X';
    assertThatThrownBy(() -> McModel.read(bytes)).hasMessageContaining("magic");
  }
}
