package org.minecarbon.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.uncertainty.Lines.calc;
import static org.minecarbon.core.uncertainty.Lines.factor;
import static org.minecarbon.core.uncertainty.Lines.simple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class UncertaintyAnalysisTest {

  private static UncertaintyReport run(Calculation c, int iterations, long seed, int threads) {
    return UncertaintyAnalysis.run(c, new UncertaintyOptions(iterations, seed, threads), p -> {})
        .orElseThrow();
  }

  private static Calculation mixed() {
    FactorUse ncv = factor("NCV", "fuel.diesel.ncv", 43, "normal:3");
    return calc(
        simple("f1", Column.FUEL, "fuel", null, 100, ncv),
        simple("f2", Column.FUEL, "fuel", "lognormal:20:40", 50, ncv),
        simple("e1", Column.ELECTRICITY, "electricity", "uniform:-5:5", 1000),
        simple("s1", Column.STORAGE, "storage", "triangular:-20:0:10", 300));
  }

  @Test
  void run_sameSeed_identicalReport() {
    assertThat(run(mixed(), 2_000, 42, 2)).isEqualTo(run(mixed(), 2_000, 42, 2));
  }

  @Test
  void run_differentThreadCounts_identicalReport() {
    UncertaintyReport one = run(mixed(), 3_000, 7, 1);
    assertThat(run(mixed(), 3_000, 7, 3)).isEqualTo(one);
    assertThat(run(mixed(), 3_000, 7, 8)).isEqualTo(one);
  }

  @Test
  void run_manyFactors_smallTilesStillThreadIndependent() {
    // 300 distinct uncertain factors make the engine split each block into smaller tiles.
    List<CalcLine> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      lines.add(
          simple(
              "r" + i, Column.FUEL, "fuel", "normal:2", 10, factor("EF", "ef" + i, 1, "normal:5")));
    }
    Calculation c = calc(lines.toArray(CalcLine[]::new));
    UncertaintyReport one = run(c, 1_000, 9, 1);
    assertThat(run(c, 1_000, 9, 3)).isEqualTo(one);
    // 300 independent terms of 10 t at √(2² + 5²) = 5.385 %: sd = √300 × 10 × 0.05385 / 1.96 = 4.76
    assertThat(one.years().get(0).emissions().sd()).isCloseTo(4.76, within(0.4));
  }

  @Test
  void run_differentSeeds_differentSamples() {
    assertThat(run(mixed(), 1_000, 1, 2).years().get(0).net().mean())
        .isNotEqualTo(run(mixed(), 1_000, 2, 2).years().get(0).net().mean());
  }

  @Test
  void run_singleNormalActivity_meanAndPercentilesMatchTheInterval() {
    // normal ±10 % on 1000 t: the 95 % interval is 1000 × (1 ∓ 0.10) = [900, 1100], mean 1000.
    Calculation c = calc(simple("r", Column.FUEL, "fuel", "normal:10", 1000));
    Stats s = run(c, 200_000, 11, 4).years().get(0).columns().get(Column.FUEL);
    assertThat(s.nominal()).isCloseTo(1000, within(1e-9));
    assertThat(s.mean()).isCloseTo(1000, within(5.0));
    assertThat(s.median()).isCloseTo(1000, within(5.0));
    assertThat(s.p025()).isCloseTo(900, within(9.0));
    assertThat(s.p975()).isCloseTo(1100, within(11.0));
    // sd = 100 / 1.959964 = 51.02
    assertThat(s.sd()).isCloseTo(51.02, within(0.5));
  }

  @Test
  void run_sharedFactorId_linesMoveTogether() {
    // Σ (a_i × f) = f × Σ a_i: the total carries the factor's full ±10 %, not 10/√2 %.
    FactorUse ef = factor("EF", "ef", 2, "normal:10");
    Calculation c =
        calc(
            simple("a", Column.FUEL, "fuel", "normal:0", 500, ef),
            simple("b", Column.FUEL, "fuel", "normal:0", 500, ef));
    Stats s = run(c, 50_000, 3, 4).years().get(0).emissions();
    assertThat(relativeHalfWidth(s)).isCloseTo(0.10, within(0.003));
  }

  @Test
  void run_independentFactorIds_addInQuadrature() {
    // Two equal independent ±10 % terms: √(2 × (0.1 × 1000)²) / 2000 = 0.1 / √2 = 0.0707.
    Calculation c =
        calc(
            simple("a", Column.FUEL, "fuel", "normal:0", 500, factor("EF", "ef1", 2, "normal:10")),
            simple("b", Column.FUEL, "fuel", "normal:0", 500, factor("EF", "ef2", 2, "normal:10")));
    Stats s = run(c, 50_000, 3, 4).years().get(0).emissions();
    assertThat(relativeHalfWidth(s)).isCloseTo(0.0707, within(0.003));
  }

  private static double relativeHalfWidth(Stats s) {
    return (s.p975() - s.p025()) / 2 / s.nominal();
  }

  @Test
  void run_noUncertainty_everyStatisticEqualsNominal() {
    Calculation c =
        calc(
            simple("f", Column.FUEL, "fuel", "normal:0", 120, factor("NCV", "ncv", 43, null)),
            simple("e", Column.ELECTRICITY, "electricity", "normal:0", 80),
            simple("al", Column.ALLOWANCE, "allowance", null, 30));
    YearUncertainty y = run(c, 500, 5, 2).years().get(0);
    List<Stats> all = new ArrayList<>(y.columns().values());
    all.addAll(List.of(y.emissions(), y.sinks(), y.net()));
    for (Stats s : all) {
      double tol = 1e-9 * Math.max(1, Math.abs(s.nominal()));
      assertThat(s.mean()).isCloseTo(s.nominal(), within(tol));
      assertThat(s.median()).isCloseTo(s.nominal(), within(tol));
      assertThat(s.p025()).isCloseTo(s.nominal(), within(tol));
      assertThat(s.p975()).isCloseTo(s.nominal(), within(tol));
      assertThat(s.sd()).isCloseTo(0, within(tol));
    }
    // net = 120 × 43 + 80 − 30 = 5210
    assertThat(y.net().nominal()).isCloseTo(5210, within(1e-9));
  }

  @Test
  void run_invalidOptions_invalidArgumentForEveryProblem() {
    Result<UncertaintyReport> r =
        UncertaintyAnalysis.run(mixed(), new UncertaintyOptions(99, 1, 0), p -> {});
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors()).hasSize(2).extracting(Issue::code).containsOnly(Codes.INVALID_ARGUMENT);
    assertThat(new UncertaintyOptions(10_000_001, 1, 1).problems()).hasSize(1);
    assertThat(new UncertaintyOptions(100, 1, 1).problems()).isEmpty();
    assertThat(new UncertaintyOptions(10_000_000, 1, 1).problems()).isEmpty();
  }

  @Test
  void run_progress_risesMonotonicallyToOne() {
    List<Double> seen = new ArrayList<>();
    UncertaintyAnalysis.run(mixed(), new UncertaintyOptions(5_000, 1, 2), seen::add).orElseThrow();
    assertThat(seen).isSorted().allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    assertThat(seen.size()).isGreaterThan(2);
  }

  @Test
  void run_rowWithoutUncertainty_usesSourceDefaultAndListsIt() {
    Calculation c = calc(simple("f1", Column.FUEL, "fuel", null, 100));
    UncertaintyReport r = run(c, 200, 1, 1);
    assertThat(r.inputs())
        .singleElement()
        .satisfies(
            in -> {
              assertThat(in.subject()).isEqualTo("f1");
              assertThat(in.kind()).isEqualTo(InputUncertainty.ACTIVITY);
              assertThat(in.distribution()).isEqualTo("normal:5");
              assertThat(in.source()).startsWith("default for fuel [U]");
            });
  }

  @Test
  void run_allowanceWithRowUncertainty_staysExact() {
    Calculation c = calc(simple("al", Column.ALLOWANCE, "allowance", "normal:50", 1000));
    UncertaintyReport r = run(c, 1_000, 1, 2);
    Stats s = r.years().get(0).columns().get(Column.ALLOWANCE);
    assertThat(s.p025()).isCloseTo(1000, within(1e-9));
    assertThat(s.p975()).isCloseTo(1000, within(1e-9));
    assertThat(r.inputs().get(0).distribution()).isEqualTo(InputUncertainty.NONE);
    assertThat(r.inputs().get(0).source()).contains("row uncertainty ignored");
  }

  @Test
  void run_factorsListedOncePerId() {
    UncertaintyReport r = run(mixed(), 200, 1, 1);
    assertThat(r.inputs())
        .filteredOn(in -> in.kind().equals(InputUncertainty.FACTOR))
        .singleElement()
        .satisfies(
            in -> {
              assertThat(in.subject()).isEqualTo("T:fuel.diesel.ncv");
              assertThat(in.distribution()).isEqualTo("normal:3");
            });
    assertThat(r.inputs()).hasSize(5);
  }

  @Test
  void run_emptyCalculation_noYears() {
    UncertaintyReport r = run(calc(), 100, 1, 1);
    assertThat(r.years()).isEmpty();
    assertThat(r.inputs()).isEmpty();
  }
}
