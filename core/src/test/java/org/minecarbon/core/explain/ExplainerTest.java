package org.minecarbon.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.balance.Column;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.testing.InventoryBuilder;

/** Any figure traces back to rows, formula and cited factors. */
class ExplainerTest {
  private final Balance balance =
      new BalanceCalculator(InventoryBuilder.library())
          .calculate(
              InventoryBuilder.coalMine()
                  .at("2024-01")
                  .activity(m -> new ActivityRow.Fuel(m, "diesel", q(10, "t"), null, null, null))
                  .at("2024-02")
                  .activity(m -> new ActivityRow.Fuel(m, "diesel", q(30, "t"), null, null, null))
                  .activity(m -> new ActivityRow.Heat(m, q(100, "GJ"), null, null, null, null))
                  .build())
          .orElseThrow();

  @Test
  void column_fuel2024_listsBothRowsAndSumsToBalanceCell() {
    Explanation e = Explainer.column(balance, 2024, Column.FUEL).orElseThrow();
    assertThat(e.lines())
        .extracting(l -> l.row().pointer())
        .containsExactly("/activities/0", "/activities/1");
    double cell = balance.year(2024).orElseThrow().totals().get(Column.FUEL);
    assertThat(e.value()).isCloseTo(cell, within(1e-9));
    CalcLine first = e.lines().getFirst();
    assertThat(first.formula()).isEqualTo("CO2 = FC × NCV × CC × OF × 44/12");
    assertThat(first.factors())
        .allSatisfy(
            u -> {
              assertThat(u.factor().citation()).isNotBlank();
              assertThat(u.factor().set()).isEqualTo("CN-2015");
              assertThat(u.factor().unit()).isNotBlank();
            });
  }

  @Test
  void total_sumsEmissionColumns() {
    Explanation e = Explainer.total(balance, 2024).orElseThrow();
    assertThat(e.value())
        .isCloseTo(balance.year(2024).orElseThrow().totals().emissionsTotal(), within(1e-9));
    assertThat(e.lines()).hasSize(3);
  }

  @Test
  void row_byIdOrPointer_findsTheLine() {
    assertThat(Explainer.row(balance, "a1").orElseThrow().lines()).hasSize(1);
    assertThat(Explainer.row(balance, "/activities/2").orElseThrow().value())
        .isCloseTo(11, within(1e-9));
  }

  @Test
  void unknownYearOrRow_isAnIssueNotAnException() {
    assertThat(Explainer.column(balance, 1999, Column.FUEL).errors())
        .extracting(i -> i.code())
        .containsExactly(Codes.UNKNOWN_YEAR);
    assertThat(Explainer.row(balance, "nope").errors())
        .extracting(i -> i.code())
        .containsExactly(Codes.UNKNOWN_ROW);
  }
}
