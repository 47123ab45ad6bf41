package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiLabelsTest {
  private final UiLabels ui = new UiLabels();

  @Test
  void num_largeFigure_groupsAndRoundsToTwoDecimals() {
    assertThat(ui.num(603896.904)).isEqualTo("603,896.90");
    assertThat(ui.plain(603896.905001)).isEqualTo("603896.91");
  }

  @Test
  void cell_exactZero_showsDashAsTheSeedTable() {
    assertThat(ui.cell(0.0)).isEqualTo("—");
    assertThat(ui.cell(0.004)).isEqualTo("0.00");
  }

  @Test
  void plain_tinyNegative_hasNoMinusZero() {
    assertThat(ui.plain(-0.001)).isEqualTo("0.00");
  }

  @Test
  void plainNumber_formValue_hasNoGroupingOrTrailingZeros() {
    assertThat(UiLabels.plainNumber(1200.0)).isEqualTo("1200");
    assertThat(UiLabels.plainNumber(0.125)).isEqualTo("0.125");
  }
}
