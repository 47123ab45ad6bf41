package org.minecarbon.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.uncertainty.Lines.calc;
import static org.minecarbon.core.uncertainty.Lines.factor;
import static org.minecarbon.core.uncertainty.Lines.line;
import static org.minecarbon.core.uncertainty.Lines.simple;
import static org.minecarbon.core.uncertainty.Lines.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.uncertainty.Approach1.Spread;

class Approach1Test {

  /**
   * 2024: A fuel 100 × NCV 2 (row ±3 %, NCV ±4 %) = 200 t, U = √(3² + 4²) = 5 % → ±10 t. B CH4 10 ×
   * EF 2 (lognormal −50/+100: larger side 100 %) × GWP 21 = 420 t, U = 100 % → ±420 t. C storage 80
   * t (row ±10 %) → ±8 t.
   *
   * <p>2023: D mine methane (ventilation 100 − flared 30) × density 7.17 (exact), row ±10 % drawn
   * per term = 501.9 t; half-width = 7.17 × 0.10 × √(100² + 30²) = 74.857 t = 14.9147 %.
   */
  private static Calculation golden() {
    return calc(
        simple("A", Column.FUEL, "fuel", "normal:3", 100, factor("NCV", "ncv", 2, "normal:4")),
        line(
            "B",
            2024,
            Column.FUGITIVE_CH4,
            "fugitive",
            "normal:0",
            List.of(term(10, 1, 0)),
            List.of(factor("EF", "ef", 2, "lognormal:50:100"), factor("GWP", "gwp", 21, null)),
            1),
        simple("C", Column.STORAGE, "storage", "normal:10", 80),
        line(
            "D",
            2023,
            Column.FUGITIVE_CH4,
            "mine-methane",
            "normal:10",
            List.of(term(100, 1, 0), term(30, -1, 0)),
            List.of(factor("rho", "density", 7.17, null)),
            -1));
  }

  private static Approach1 year(int index) {
    return UncertaintyAnalysis.run(golden(), new UncertaintyOptions(100, 1, 1), p -> {})
        .orElseThrow()
        .years()
        .get(index)
        .approach1();
  }

  @Test
  void approach1_products_rootSumOfSquaredPercentages() {
    Approach1 a = year(1);
    assertThat(a.columns().get(Column.FUEL).halfWidth()).isCloseTo(10, within(1e-9));
    assertThat(a.columns().get(Column.FUEL).percent()).isCloseTo(5, within(1e-9));
    // asymmetric lognormal: the larger side (100 %) is used
    assertThat(a.columns().get(Column.FUGITIVE_CH4).halfWidth()).isCloseTo(420, within(1e-9));
    assertThat(a.columns().get(Column.STORAGE).percent()).isCloseTo(10, within(1e-9));
  }

  @Test
  void approach1_sums_addAbsoluteHalfWidthsInQuadrature() {
    Approach1 a = year(1);
    // emissions 620 t, ±√(10² + 420²) = ±420.11903 t = 67.76113 %
    assertThat(a.emissions().nominal()).isCloseTo(620, within(1e-9));
    assertThat(a.emissions().halfWidth()).isCloseTo(420.11903075, within(1e-7));
    assertThat(a.emissions().percent()).isCloseTo(67.76113399, within(1e-7));
    // net 620 − 80 = 540 t, ±√(10² + 420² + 8²) = ±420.19519 t = 77.81392 %
    assertThat(a.net().nominal()).isCloseTo(540, within(1e-9));
    assertThat(a.net().halfWidth()).isCloseTo(420.19519274, within(1e-7));
    assertThat(a.net().percent()).isCloseTo(77.81392458, within(1e-7));
    assertThat(a.sinks().percent()).isCloseTo(10, within(1e-9));
  }

  @Test
  void approach1_termsOfOneRow_independent() {
    Approach1 a = year(0);
    Spread ch4 = a.columns().get(Column.FUGITIVE_CH4);
    assertThat(ch4.nominal()).isCloseTo(501.9, within(1e-9));
    assertThat(ch4.halfWidth()).isCloseTo(74.85699767, within(1e-7));
    assertThat(ch4.percent()).isCloseTo(14.91472358, within(1e-7));
  }

  @Test
  void approach1_emptyColumn_zeroPercent() {
    Spread heat = year(1).columns().get(Column.HEAT);
    assertThat(heat.nominal()).isEqualTo(0.0);
    assertThat(heat.percent()).isEqualTo(0.0);
    assertThat(new Spread(0, 1).percent()).isInfinite();
  }

  @Test
  void report_years_ascending() {
    var report =
        UncertaintyAnalysis.run(golden(), new UncertaintyOptions(100, 1, 1), p -> {}).orElseThrow();
    assertThat(report.years()).extracting(YearUncertainty::year).containsExactly(2023, 2024);
  }
}
