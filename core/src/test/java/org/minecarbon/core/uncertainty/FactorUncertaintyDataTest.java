package org.minecarbon.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.distribution.Distribution;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;

class FactorUncertaintyDataTest {

  @Test
  void ipccSurfaceMining_triangularFromIpccRange() {
    // IPCC Tier 1 surface mining 0.3 / 1.2 / 2.0 m3/t: (0.3 − 1.2)/1.2 = −75 %, (2.0 − 1.2)/1.2 =
    // +66.67 %
    Factor f = FactorLibrary.builtIn().resolve("IPCC-2006", "mine.surface-mining").orElseThrow();
    assertThat(f.uncertainty()).isEqualTo(new Distribution.Triangular(-75, 0, 66.67));
    assertThat(f.note()).contains("triangular");
  }

  @Test
  void everyBuiltInUncertainty_citedInNote() {
    for (var set : FactorLibrary.builtIn().sets()) {
      FactorLibrary.builtIn().effective(set.id()).values().stream()
          .filter(f -> f.uncertainty() != null)
          .forEach(f -> assertThat(f.note()).as(f.id()).contains("uncertainty:"));
    }
  }
}
