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

  @Test
  void builtIn_everyCostRange_completeAndQuotedInItsSource() {
    // A cost range is only there when its source gives it: the source text quotes "low~high".
    List<CatalogueEntry> priced =
        MeasureCatalogue.builtIn().stream().filter(e -> e.costLow() != null).toList();
    assertThat(priced).extracting(CatalogueEntry::id).containsExactly("ccus-europe", "ccus-us");
    assertThat(priced)
        .allSatisfy(
            e -> {
              assertThat(e.costHigh()).isNotNull().isGreaterThanOrEqualTo(e.costLow());
              assertThat(e.costUnit()).isNotBlank();
              assertThat(e.costYear()).isNotBlank();
              assertThat(e.source())
                  .contains(
                      String.format("%.0f~%.0f", e.costLow(), e.costHigh()).replace(',', '.'));
            });
  }

  @Test
  void targetTemplates_national_peak2030Neutral2060() {
    var national =
        MeasureCatalogue.targetTemplates().stream()
            .filter(t -> t.id().equals("national"))
            .findFirst()
            .orElseThrow();
    assertThat(national.instantiate("raw-coal"))
        .containsExactly(
            new org.minecarbon.planning.plan.Target.Peak(2030, "/targets/0"),
            new org.minecarbon.planning.plan.Target.Neutral(2060, "/targets/1"));
    var company =
        MeasureCatalogue.targetTemplates().stream()
            .filter(t -> t.id().equals("company-intensity-30"))
            .findFirst()
            .orElseThrow();
    assertThat(company.instantiate("raw-coal"))
        .containsExactly(
            new org.minecarbon.planning.plan.Target.Intensity(
                2030, "raw-coal", 0.30, null, "/targets/0"));
  }

  private static CatalogueEntry find(String id) {
    return MeasureCatalogue.builtIn().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
