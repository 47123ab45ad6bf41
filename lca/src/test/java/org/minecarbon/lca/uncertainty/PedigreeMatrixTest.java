package org.minecarbon.lca.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minecarbon.lca.model.Exchange;
import org.minecarbon.lca.model.Pedigree;
import org.minecarbon.lca.model.Uncertainty;

class PedigreeMatrixTest {
  private static final PedigreeMatrix M = PedigreeMatrix.ecoinvent3();

  private static Exchange exchange(double amount, Uncertainty u, Pedigree p) {
    return new Exchange("1", "co2", "kg", "mass", amount, "", false, false, false, "", u, p);
  }

  @Test
  void combine_lognormalWithPedigree_addsVariancesOfTheLog() {
    // basic GSD 1.2, pedigree (2;3;4;5;1): σ² = ln(1.2)² + 0.0006 (reliability 2) + 0.0006
    // (completeness 3) + 0.008 (temporal 4) + 0.002 (geographical 5) + 0 (technological 1)
    // = 0.0332411 + 0.0112 = 0.0444411; GSD = exp(√0.0444411) = exp(0.2108107) = 1.234679
    Pedigree p = new Pedigree(List.of(2, 3, 4, 5, 1), 0);
    Exchange e = exchange(2, new Uncertainty.LogNormal(2, 1.2), p);
    Uncertainty.LogNormal l = M.combine(e).orElseThrow();
    double ln12 = Math.log(1.2);
    double expected = Math.exp(Math.sqrt(ln12 * ln12 + 0.0006 + 0.0006 + 0.008 + 0.002 + 0));
    assertThat(l.geomSd()).isCloseTo(expected, within(1e-12));
    assertThat(l.geomSd()).isCloseTo(1.234679, within(1e-6));
    assertThat(l.geomMean()).isEqualTo(2);
  }

  @Test
  void combine_noDistribution_usesBaseUncertaintyAndAmount() {
    // no distribution, base GSD 1.05, pedigree (1;1;1;1;3): σ² = ln(1.05)² + 0.008 (technological
    // 3) = 0.00238048 + 0.008 = 0.01038048, GSD = exp(0.1018847) = 1.107256
    Exchange e = exchange(-3, null, new Pedigree(List.of(1, 1, 1, 1, 3), 1.05));
    Uncertainty.LogNormal l = M.combine(e).orElseThrow();
    assertThat(l.geomSd()).isCloseTo(1.107256, within(1e-6));
    assertThat(l.geomMean()).isEqualTo(-3);
  }

  @Test
  void combine_allScoresOneNoBasic_isPointValue() {
    // every score 1 adds 0 and base 1 (USLCI's usual "baseUncertainty": 1.0) adds ln 1 = 0: GSD 1
    Exchange e = exchange(5, null, new Pedigree(List.of(1, 1, 1, 1, 1), 1));
    assertThat(M.combine(e).orElseThrow().geomSd()).isEqualTo(1.0);
  }

  @Test
  void combine_triangle_keepsTheStatedDistribution() {
    Exchange e =
        exchange(1, new Uncertainty.Triangle(0, 1, 2), new Pedigree(List.of(5, 5, 5, 5, 5), 0));
    assertThat(M.combine(e)).isEmpty();
  }

  @Test
  void draws_combinedLognormal_logSdMatchesTheFormula() {
    // 200,000 seeded draws of the first case: the sample sd of ln(x) estimates √0.0444411 =
    // 0.2108106 with a standard error of about 0.2108/√(2·200000) = 3.3e-4; tolerance 1.5e-3
    Pedigree p = new Pedigree(List.of(2, 3, 4, 5, 1), 0);
    Uncertainty.LogNormal l =
        M.combine(exchange(2, new Uncertainty.LogNormal(2, 1.2), p)).orElseThrow();
    SplittableRandom rnd = new SplittableRandom(42);
    int n = 200_000;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.log(Sampler.draw(l, rnd));
      sum += x;
      sq += x * x;
    }
    double mean = sum / n;
    double sd = Math.sqrt((sq - n * mean * mean) / (n - 1));
    assertThat(sd).isCloseTo(0.2108106, within(1.5e-3));
    assertThat(mean).isCloseTo(Math.log(2), within(1.5e-3));
  }

  @Test
  void parse_uslciEntry_readsFiveScores() {
    assertThat(Pedigree.parse("(1;3;1;2;1)", 1.0).orElseThrow().scores())
        .containsExactly(1, 3, 1, 2, 1);
    assertThat(Pedigree.parse("(1;n.a.;1;2;1)", 1.0)).isEmpty();
    assertThat(Pedigree.parse("(1;2;3)", 0)).isEmpty();
  }
}
