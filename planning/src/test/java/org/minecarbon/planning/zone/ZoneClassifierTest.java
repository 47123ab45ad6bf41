package org.minecarbon.planning.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hand-worked provinces against seed 004 §三（一）: coupling when 新能源消费占比 &gt; 17.5 %, else production
 * when production &gt; consumption, else application (the printed inequalities are swapped against
 * the passage's own members; see {@link ZoneClassifier}). The figures are made up for the test
 * (10^4 tce), chosen to sit on each side of every comparison.
 */
class ZoneClassifierTest {

  private static ProvinceEnergy province(double production, double consumption, double share) {
    return new ProvinceEnergy("测试省", 2023, production, consumption, share, "test");
  }

  @Test
  void classify_netExporterLowShare_coalProduction() {
    // 80 000 > 22 000 and 0.10 ≤ 0.175: a coal base like the seed's 山西/内蒙古 → 生产区.
    Zoning z = ZoneClassifier.classify(province(80_000, 22_000, 0.10));
    assertThat(z.zone()).isEqualTo(Zone.COAL_PRODUCTION);
    assertThat(z.basis()).isEqualTo(Zoning.Basis.PRODUCTION_ABOVE_CONSUMPTION);
  }

  @Test
  void classify_netImporterLowShare_coalApplication() {
    // 4 000 < 35 000 and 0.12 ≤ 0.175: an importer like the seed's 江苏/广东 → 应用区.
    Zoning z = ZoneClassifier.classify(province(4_000, 35_000, 0.12));
    assertThat(z.zone()).isEqualTo(Zone.COAL_APPLICATION);
    assertThat(z.basis()).isEqualTo(Zoning.Basis.PRODUCTION_NOT_ABOVE_CONSUMPTION);
  }

  @Test
  void classify_shareAboveThreshold_couplingWinsOverBalance() {
    // 0.30 > 0.175: coupling, although 50 000 > 20 000 would make it a production province.
    Zoning z = ZoneClassifier.classify(province(50_000, 20_000, 0.30));
    assertThat(z.zone()).isEqualTo(Zone.NEW_ENERGY_COUPLING);
    assertThat(z.basis()).isEqualTo(Zoning.Basis.NEW_ENERGY_SHARE_ABOVE_THRESHOLD);
  }

  @Test
  void classify_shareExactlyThreshold_notCoupling() {
    // the seed's inequality is strict (>17.5%): 0.175 itself falls through to the balance.
    assertThat(ZoneClassifier.classify(province(1_000, 9_000, 0.175)).zone())
        .isEqualTo(Zone.COAL_APPLICATION);
    assertThat(ZoneClassifier.classify(province(1_000, 9_000, 0.1751)).zone())
        .isEqualTo(Zone.NEW_ENERGY_COUPLING);
  }

  @Test
  void classify_productionEqualsConsumption_application() {
    // neither strict inequality holds; production is not above consumption → application.
    assertThat(ZoneClassifier.classify(province(10_000, 10_000, 0.05)).zone())
        .isEqualTo(Zone.COAL_APPLICATION);
  }

  @Test
  void provinceEnergy_shareAsPercent_rejected() {
    // a share of 17.5 (percent, not fraction) is outside 0…1.
    assertThatThrownBy(() -> province(1, 1, 17.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> province(-1, 1, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zoneTemplates_everyZone_peak2030Neutral2060WithSeed004Citation() {
    // seed 004 §四: 2030年煤炭工业碳排放量不再增长; 中和达成期 2051—2060.
    for (Zone zone : Zone.values()) {
      ZoneTemplate t = ZoneTemplates.of(zone);
      assertThat(t.source()).contains("seed 004");
      assertThat(t.zh()).contains(zone.zh());
      assertThat(t.asTargetTemplate().instantiate("raw-coal"))
          .extracting(Object::toString)
          .hasSize(2)
          .anySatisfy(s -> assertThat(s).contains("Peak").contains("2030"))
          .anySatisfy(s -> assertThat(s).contains("Neutral").contains("2060"));
    }
  }
}
