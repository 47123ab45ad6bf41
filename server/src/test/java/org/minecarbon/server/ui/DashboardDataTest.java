package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;

class DashboardDataTest {

  @Test
  void waterfall_twoSinks_stepsDownFromGrossToNet() {
    // gross = 100 + 50 = 150; storage 30 → [120, 150]; allowance 20 → [100, 120]; net 100 → [0,
    // 100]
    Totals t =
        new Totals(
            Map.of(
                Column.FUEL,
                100.0,
                Column.ELECTRICITY,
                50.0,
                Column.STORAGE,
                30.0,
                Column.ALLOWANCE,
                20.0));
    List<Map<String, Object>> steps = DashboardData.waterfall(t, Column::code);
    assertThat(steps)
        .extracting(s -> s.get("kind"))
        .containsExactly("gross", "sink", "sink", "net");
    assertThat(steps)
        .extracting(s -> s.get("name"))
        .containsExactly(null, "storage", "allowance", null);
    assertThat((double) steps.get(1).get("low")).isCloseTo(120.0, within(1e-9));
    assertThat((double) steps.get(2).get("low")).isCloseTo(100.0, within(1e-9));
    assertThat((double) steps.get(3).get("high")).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void waterfall_sinksAboveEmissions_netBarBelowZero() {
    // gross 10, vegetation 25 → net −15: the net bar spans [−15, 0]
    Totals t = new Totals(Map.of(Column.FUEL, 10.0, Column.VEGETATION, 25.0));
    List<Map<String, Object>> steps = DashboardData.waterfall(t, Column::code);
    Map<String, Object> net = steps.getLast();
    assertThat((double) net.get("low")).isCloseTo(-15.0, within(1e-9));
    assertThat((double) net.get("high")).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void composition_zeroColumns_areLeftOut() {
    Totals t = new Totals(Map.of(Column.FUEL, 10.0, Column.HEAT, 0.0, Column.FUGITIVE_CH4, 5.0));
    assertThat(DashboardData.composition(t, Column::code))
        .extracting(m -> m.get("code"))
        .containsExactly("fuel", "fugitiveCH4");
  }
}
