package org.minecarbon.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Calculation;
import org.minecarbon.core.calc.Calculator;
import org.minecarbon.core.testing.InventoryBuilder;
import org.minecarbon.core.testing.RandomInventories;

/** The analysis over lines produced by the real calculators. */
class CalculatedInventoryTest {
  private static final int N = 20_000;

  @Test
  void randomInventory_symmetricInputs_meanMatchesNominal() {
    // Under CN-2015 no factor carries an uncertainty and every activity default is a normal of at
    // most ±30 % (negative draws practically never occur), so E[total] = nominal: the Monte Carlo
    // mean must lie within 5 standard errors. This also checks Σ terms × GWP = co2e per line.
    Calculation calc =
        new Calculator(InventoryBuilder.library())
            .calculate(RandomInventories.generate(17, 60, true, 1.0))
            .orElseThrow();
    assertThat(calc.lines()).isNotEmpty();
    UncertaintyReport r =
        UncertaintyAnalysis.run(calc, new UncertaintyOptions(N, 3, 2), p -> {}).orElseThrow();
    assertThat(r.years()).isNotEmpty();
    for (YearUncertainty y : r.years()) {
      List<Stats> all = new ArrayList<>(y.columns().values());
      all.addAll(List.of(y.emissions(), y.sinks(), y.net()));
      for (Stats s : all) {
        double tol = 5 * s.sd() / Math.sqrt(N) + 1e-9 * Math.abs(s.nominal());
        assertThat(s.mean()).isCloseTo(s.nominal(), within(tol));
      }
    }
    assertThat(r.inputs()).hasSizeGreaterThanOrEqualTo(calc.lines().size());
  }
}
