package org.minecarbon.planning.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureCatalogueTest {
  @Test
  void builtIn_everyEntry_hasPathSourceAndEffect() {
    List<CatalogueEntry> all = MeasureCatalogue.builtIn();
    assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    assertThat(all)
        .allSatisfy(
            e -> {
              assertThat(e.path()).isIn("碳减排", "碳替代", "碳封存", "碳循环");
              assertThat(e.source()).isNotBlank();
              assertThat(e.effect()).isNotBlank();
            });
  }

  @Test
  void builtIn_seedFigures_asPublished() {
    // seed 003: hydraulic drills −30 % fuel; seed 000: CCUS 50–90 EUR/t in Europe.
    CatalogueEntry drill = find("hydraulic-drill");
    assertThat(drill.fraction()).isEqualTo(0.30);
    CatalogueEntry ccus = find("ccus-europe");
    assertThat(ccus.costLow()).isEqualTo(50);
    assertThat(ccus.costHigh()).isEqualTo(90);
    assertThat(ccus.costUnit()).isEqualTo("EUR/tCO2");
  }

  private static CatalogueEntry find(String id) {
    return MeasureCatalogue.builtIn().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
