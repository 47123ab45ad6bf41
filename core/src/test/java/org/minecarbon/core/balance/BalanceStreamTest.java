package org.minecarbon.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.MineType;
import org.minecarbon.core.inventory.RowMeta;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.testing.RandomInventories;

/**
 * A streamed balance equals {@link BalanceCalculator}'s on the same inventory, whatever the chunk
 * size: same figures (1e-9 relative), same warnings, and for invalid input the same issues.
 */
class BalanceStreamTest {
  private static final double REL = 1e-9;

  static Result<Balance> streamed(Inventory inv, int chunkRows, int maxIssues) {
    return streamed(inv, chunkRows, maxIssues, chunkRows % 2 == 1);
  }

  static Result<Balance> streamed(Inventory inv, int chunkRows, int maxIssues, boolean parallel) {
    BalanceStream s = new BalanceStream(InventoryBuilder.library(), chunkRows, maxIssues, parallel);
    s.begin(inv.enterprise(), inv.settings(), inv.sites());
    inv.activities().forEach(s::accept);
    inv.sinks().forEach(s::accept);
    inv.production().forEach(s::accept);
    return s.finish();
  }

  static Result<Balance> inMemory(Inventory inv) {
    return new BalanceCalculator(InventoryBuilder.library()).calculate(inv);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1, false",
    "2, 7, true",
    "3, 64, false",
    "3, 64, true",
    "42, 100000, true",
    "2024, 50, true"
  })
  void stream_randomInventory_equalsBalanceCalculator(long seed, int chunkRows, boolean parallel) {
    Inventory inv = RandomInventories.generate(seed, 400, seed % 2 == 0, 1);
    Balance expected = inMemory(inv).orElseThrow();
    Result<Balance> actual = streamed(inv, chunkRows, 1000, parallel);
    assertThat(actual.isOk()).as("%s", actual.issues()).isTrue();
    assertSameBalance(actual.orElseThrow(), expected);
    assertThat(actual.issues()).isEqualTo(inMemory(inv).issues());
  }

  @Test
  void stream_unconfirmedFactorInEveryChunk_warnsOnceAsInMemory() {
    // fuel.bituminous.cc is [U] in CN-2015-A: one UNCONFIRMED_FACTOR warning per document
    InventoryBuilder b =
        InventoryBuilder.coalMine().settings(null, "CN-2015-A").production("raw-coal", 1e6);
    for (int i = 0; i < 4; i++) {
      b.activity(m -> new ActivityRow.Fuel(m, "bituminous", q(100, "t"), null, null, null));
    }
    Inventory inv = b.build();
    Result<Balance> actual = streamed(inv, 1, 1000);
    assertThat(actual.issues()).isEqualTo(inMemory(inv).issues());
    assertThat(actual.issues())
        .filteredOn(i -> i.code().equals(Codes.UNCONFIRMED_FACTOR))
        .hasSize(2); // listed twice by BalanceCalculator too: calculation and balance warnings
    assertSameBalance(actual.orElseThrow(), inMemory(inv).orElseThrow());
  }

  @Test
  void stream_balance_hasNoLinesToExplain() {
    Inventory inv = RandomInventories.generate(5, 50, true, 1);
    Balance b = streamed(inv, 16, 1000).orElseThrow();
    assertThat(b.calculation().lines()).isEmpty();
    assertThat(b.years()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 1000})
  void stream_invalidRows_reportsEveryIssueOfTheValidatorAndNoBalance(int chunkRows) {
    Inventory inv = invalid();
    Result<Balance> expected = inMemory(inv);
    Result<Balance> actual = streamed(inv, chunkRows, 1000);
    assertThat(expected.isOk()).isFalse();
    assertThat(actual.isOk()).isFalse();
    assertThat(actual.issues()).isEqualTo(expected.issues());
    assertThat(actual.issues())
        .extracting(Issue::code)
        .contains(Codes.NEGATIVE_QUANTITY, Codes.UNKNOWN_FUEL, Codes.UNKNOWN_SITE)
        .contains(Codes.DUPLICATE_ID);
  }

  @Test
  void stream_missingGasGrade_reportsTheCalculationErrorOfEveryRow() {
    // post-mining methane of an underground site without gasGrade: GAS_GRADE_REQUIRED per row
    InventoryBuilder b = new InventoryBuilder().site("x", MineType.UNDERGROUND, null);
    for (int i = 0; i < 5; i++) {
      b.activity(
          m -> new ActivityRow.CoalMethane(m, Source.POST_MINING_METHANE, q(100, "t"), null));
    }
    Inventory inv = b.build();
    Result<Balance> actual = streamed(inv, 2, 1000);
    assertThat(actual.isOk()).isFalse();
    assertThat(actual.issues()).isEqualTo(inMemory(inv).issues());
    assertThat(actual.issues()).extracting(Issue::code).containsOnly(Codes.GAS_GRADE_REQUIRED);
  }

  @Test
  void stream_noRows_reportsEmptyDocument() {
    Inventory inv = InventoryBuilder.coalMine().production("raw-coal", 1e6).build();
    Result<Balance> actual = streamed(inv, 4, 1000);
    assertThat(actual.issues()).isEqualTo(inMemory(inv).issues());
    assertThat(actual.issues()).extracting(Issue::code).containsExactly(Codes.EMPTY_DOCUMENT);
  }

  @Test
  void stream_moreIssuesThanKept_closesWithTheCountLeftOut() {
    InventoryBuilder b = InventoryBuilder.coalMine();
    for (int i = 0; i < 20; i++) {
      b.activity(m -> new ActivityRow.Fuel(m, "diesel", q(-1, "t"), null, null, null));
    }
    Result<Balance> actual = streamed(b.build(), 8, 5);
    // 20 NEGATIVE_QUANTITY errors: 5 kept, 15 counted
    assertThat(actual.issues()).hasSize(6);
    Issue last = actual.issues().getLast();
    assertThat(last.code()).isEqualTo(BalanceStream.TOO_MANY_ISSUES);
    assertThat(last.isError()).isTrue();
    assertThat(last.value()).isEqualTo("15");
  }

  /** Invalid rows spread over the document, and a row id used twice far apart. */
  private static Inventory invalid() {
    InventoryBuilder b = InventoryBuilder.coalMine();
    b.activity(m -> new ActivityRow.Fuel(m, "diesel", q(10, "t"), null, null, null));
    b.activity(m -> new ActivityRow.Fuel(m, "unobtainium", q(10, "t"), null, null, null));
    b.activity(m -> new ActivityRow.Fuel(withId(m, "dup"), "diesel", q(1, "t"), null, null, null));
    b.activity(m -> new ActivityRow.Heat(m, q(-5, "GJ"), null, null, null, null));
    b.at("2024", "nowhere");
    b.activity(m -> new ActivityRow.Electricity(m, q(5, "MWh"), null, null, null, null));
    b.at("2024", null);
    b.sink(m -> new SinkRow.Storage(m, q(10, "t"), q(20, "t")));
    b.sink(m -> new SinkRow.Allowance(withId(m, "dup"), q(5, "tCO2e"), Instrument.CEA));
    b.production("raw-coal", -1);
    return b.build();
  }

  private static RowMeta withId(RowMeta m, String id) {
    return new RowMeta(
        id, m.pointer(), m.period(), m.site(), m.stage(), m.note(), m.evidence(), m.uncertainty());
  }

  /** Every figure of every year within {@link #REL} relative, and the same keys. */
  static void assertSameBalance(Balance actual, Balance expected) {
    assertThat(actual.gwp()).isEqualTo(expected.gwp());
    assertThat(actual.factorSet()).isEqualTo(expected.factorSet());
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
    assertThat(actual.years()).hasSameSizeAs(expected.years());
    for (int i = 0; i < expected.years().size(); i++) {
      BalanceYear a = actual.years().get(i);
      BalanceYear e = expected.years().get(i);
      assertThat(a.year()).isEqualTo(e.year());
      close(totals(a.totals()), totals(e.totals()));
      close(a.byGas(), e.byGas());
      close(a.bySite(), e.bySite());
      close(a.byStage(), e.byStage());
      close(a.production(), e.production());
      close(a.intensity(), e.intensity());
      close(a.energyIntensity(), e.energyIntensity());
      close(Map.of("tce", a.energyTce()), Map.of("tce", e.energyTce()));
      assertThat(a.months().keySet()).isEqualTo(e.months().keySet());
      e.months().forEach((m, t) -> close(totals(a.months().get(m)), totals(t)));
    }
  }

  private static Map<String, Double> totals(Totals t) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (Column c : Column.values()) {
      out.put(c.code(), t.get(c));
    }
    return out;
  }

  private static void close(Map<String, Double> actual, Map<String, Double> expected) {
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    List<String> off = new ArrayList<>();
    expected.forEach(
        (k, v) -> {
          double a = actual.get(k);
          if (Math.abs(a - v) > REL * Math.max(1, Math.abs(v))) {
            off.add(k + ": " + a + " vs " + v);
          }
        });
    assertThat(off).isEmpty();
  }
}
