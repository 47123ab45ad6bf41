package org.minecarbon.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void conversions_withinADimension_areInvertible() {
    double[] values = {0, 1e-6, 1, 123.456, 9.87e9};
    for (Unit a : Units.standard().all()) {
      for (Unit b : Units.standard().all()) {
        if (a.dimension() != b.dimension()) {
          continue;
        }
        for (double v : values) {
          double back = new Quantity(v, a).to(b).to(a).value();
          assertThat(back)
              .as("%s → %s → %s", a, b, a)
              .isCloseTo(v, within(Math.abs(v) * 1e-12 + 1e-15));
        }
      }
    }
  }

  @Test
  void knownConversions_matchDefinitions() {
    // 1 MWh = 3.6 GJ; 10^4 Nm3 = 10,000 Nm3; 15 mu = 1 ha; 1000 kg = 1 t
    assertThat(new Quantity(1, Units.MWH).in(Units.GJ)).isCloseTo(3.6, within(1e-12));
    assertThat(new Quantity(10_000, Units.NM3).in(Units.TEN_K_NM3)).isCloseTo(1, within(1e-12));
    assertThat(new Quantity(15, Units.find("亩").orElseThrow()).in(Units.HA))
        .isCloseTo(1, within(1e-12));
    assertThat(new Quantity(1000, Units.KG).in(Units.T)).isCloseTo(1, within(1e-12));
  }

  @Test
  void lookup_acceptsChineseAliasesAndRejectsUnknown() {
    assertThat(Units.find("万立方米")).contains(Units.TEN_K_NM3);
    assertThat(Units.find("千瓦时")).contains(Units.KWH);
    assertThat(Units.find("furlong")).isEmpty();
    assertThatThrownBy(() -> new Quantity(1, Units.T).in(Units.GJ))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
