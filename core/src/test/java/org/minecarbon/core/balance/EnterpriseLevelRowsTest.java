package org.minecarbon.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.core.testing.InventoryBuilder.q;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Instrument;
import org.minecarbon.core.inventory.SinkRow;
import org.minecarbon.core.testing.InventoryBuilder;

/** Contract revision 1.1: sink and production rows without a site in a multi-site document. */
class EnterpriseLevelRowsTest {

  @Test
  void multiSite_allowanceAndProductionWithoutSite_countForTheEnterpriseNotInBySite() {
    // two sites; 1000 GJ heat at each × 0.11 = 110 + 110 = 220 tCO2; a group allowance of 50 and
    // group production of 1000 t have no site: net = 220 − 50 = 170; intensity 220/1000 = 0.22
    var inv =
        new InventoryBuilder()
            .siteIn("a", "山西")
            .siteIn("b", "山西")
            .at("2024", "a")
            .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
            .at("2024", "b")
            .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
            .at("2024", null)
            .sink(m -> new SinkRow.Allowance(m, q(50, "tCO2e"), Instrument.CEA))
            .production("raw-coal", 1000)
            .build();
    BalanceYear y =
        new BalanceCalculator(InventoryBuilder.library())
            .calculate(inv)
            .orElseThrow()
            .years()
            .getFirst();
    assertThat(y.totals().get(Column.ALLOWANCE)).isCloseTo(50, within(1e-9));
    assertThat(y.totals().net()).isCloseTo(170, within(1e-9));
    assertThat(y.intensity().get("raw-coal")).isCloseTo(0.22, within(1e-12));
    assertThat(y.bySite()).containsOnlyKeys("a", "b");
    assertThat(y.bySite().get("a")).isCloseTo(110, within(1e-9));
  }

  @Test
  void multiSite_activityWithoutSite_isStillAnError() {
    var inv =
        new InventoryBuilder()
            .siteIn("a", null)
            .siteIn("b", null)
            .at("2024", null)
            .activity(m -> new ActivityRow.Heat(m, q(1000, "GJ"), null, null, null, null))
            .build();
    assertThat(new BalanceCalculator(InventoryBuilder.library()).calculate(inv).errors())
        .extracting(i -> i.code() + " " + i.pointer())
        .containsExactly("SITE_REQUIRED /activities/0/site");
  }
}
