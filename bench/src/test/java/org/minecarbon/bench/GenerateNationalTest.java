package org.minecarbon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;
import org.minecarbon.io.bulk.StreamingBalance;

/** The workload-1 file: deterministic, the document of the in-memory workload, same balance. */
class GenerateNationalTest {
  private static final FactorLibrary LIB = FactorLibrary.builtIn();

  @TempDir Path dir;

  @Test
  void write_sameSeed_givesTheSameBytes() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path c = dir.resolve("c.json");
    GenerateNational.write(a, 3, 40, 2024, 42);
    GenerateNational.write(b, 3, 40, 2024, 42);
    GenerateNational.write(c, 3, 40, 2024, 43);
    assertThat(sha256(a)).isEqualTo(sha256(b));
    assertThat(sha256(c)).isNotEqualTo(sha256(a));
  }

  @Test
  void write_readBack_isTheWorkloadGeneratorInventory() throws IOException {
    Path file = dir.resolve("n.json");
    GenerateNational.write(file, 5, 40, 2024, 42);
    Inventory read = Documents.load(file, LIB).orElseThrow();
    assertThat(read).isEqualTo(WorkloadGenerator.generate(5, 40, 2024, 42));
  }

  @Test
  void streamedBalance_ofTheFile_equalsBalanceCalculatorOfTheModel() throws IOException {
    Path file = dir.resolve("n.json");
    GenerateNational.write(file, 9, 40, 2024, 7);
    Balance expected =
        new BalanceCalculator(LIB)
            .calculate(WorkloadGenerator.generate(9, 40, 2024, 7))
            .orElseThrow();
    Balance actual = StreamingBalance.balance(file, LIB).orElseThrow();
    assertThat(actual.years()).hasSize(1);
    BalanceYear a = actual.years().getFirst();
    BalanceYear e = expected.years().getFirst();
    for (Column col : Column.values()) {
      assertThat(a.totals().get(col)).isCloseTo(e.totals().get(col), relative(e.totals().get(col)));
    }
    e.bySite().forEach((k, v) -> assertThat(a.bySite().get(k)).isCloseTo(v, relative(v)));
    e.byGas().forEach((k, v) -> assertThat(a.byGas().get(k)).isCloseTo(v, relative(v)));
    assertThat(a.energyTce()).isCloseTo(e.energyTce(), relative(e.energyTce()));
    assertThat(a.months().keySet()).isEqualTo(e.months().keySet());
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
  }

  private static org.assertj.core.data.Offset<Double> relative(double expected) {
    return org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(expected)));
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
