package org.minecarbon.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Term;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.testing.RandomInventories;

/**
 * Properties that hold for any valid inventory, checked on seeded random ones: totals recomputed
 * independently from the lines, breakdowns that add up, months that add up to the year, terms that
 * add up to each line, and linearity in activity data.
 */
class BalancePropertyTest {
  private static final double REL = 1e-9;

  static Balance balance(long seed, boolean monthly, double scale) {
    return new BalanceCalculator(InventoryBuilder.library())
        .calculate(RandomInventories.generate(seed, 300, monthly, scale))
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void columnsAndBreakdowns_addUpToTotals(long seed) {
    Balance b = balance(seed, false, 1);
    for (BalanceYear y : b.years()) {
      Map<Column, Double> fromLines = new EnumMap<>(Column.class);
      for (CalcLine l : b.calculation().lines()) {
        if (l.year() == y.year()) {
          fromLines.merge(l.column(), l.co2e(), Double::sum);
        }
      }
      double emissions = 0;
      for (Column c : Column.values()) {
        double expected = fromLines.getOrDefault(c, 0.0);
        assertThat(y.totals().get(c)).isCloseTo(expected, within(tol(expected)));
        emissions += c.isSink() ? 0 : expected;
      }
      double total = y.totals().emissionsTotal();
      assertThat(total).isCloseTo(emissions, within(tol(total)));
      assertThat(sum(y.bySite())).isCloseTo(total, within(tol(total)));
      assertThat(sum(y.byStage())).isCloseTo(total, within(tol(total)));
      assertThat(y.totals().scope1() + y.totals().scope2()).isCloseTo(total, within(tol(total)));
      assertThat(y.totals().net())
          .isCloseTo(total - y.totals().removals() - y.totals().market(), within(tol(total)));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7})
  void monthlyRows_sumToTheYear(long seed) {
    Balance b = balance(seed, true, 1);
    for (BalanceYear y : b.years()) {
      for (Column c : Column.EMISSIONS) {
        double months = y.months().values().stream().mapToDouble(t -> t.get(c)).sum();
        assertThat(months).isCloseTo(y.totals().get(c), within(tol(y.totals().get(c))));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {8, 9})
  void everyLine_isTheSumOfItsTermsTimesGwp(long seed) {
    for (CalcLine l : balance(seed, false, 1).calculation().lines()) {
      double mass = l.terms().stream().mapToDouble(t -> t.value(l.factors())).sum();
      assertThat(l.gasMass()).isCloseTo(mass, within(tol(mass)));
      assertThat(l.co2e()).isCloseTo(mass * l.gwp(), within(tol(l.co2e())));
      for (Term t : l.terms()) {
        assertThat(t.factors()).allSatisfy(i -> assertThat(i).isBetween(0, l.factors().size() - 1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {10, 11})
  void doublingActivityData_doublesEveryColumn(long seed) {
    Balance one = balance(seed, false, 1);
    Balance two = balance(seed, false, 2);
    assertThat(two.years()).hasSameSizeAs(one.years());
    for (int i = 0; i < one.years().size(); i++) {
      for (Column c : Column.values()) {
        double a = one.years().get(i).totals().get(c);
        assertThat(two.years().get(i).totals().get(c)).isCloseTo(2 * a, within(tol(a)));
      }
    }
  }

  private static double sum(Map<String, Double> m) {
    return m.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static double tol(double v) {
    return Math.max(1e-9, Math.abs(v) * REL);
  }
}
