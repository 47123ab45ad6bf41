package org.minecarbon.app.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minecarbon.core.inventory.Period;
import tools.jackson.databind.node.JsonNodeFactory;

class RowDiffYearTest {
  private static int year(String period) {
    return RowDiff.year(JsonNodeFactory.instance.objectNode().put("period", period));
  }

  @Test
  void year_plainAndOddPeriods_agreesWithPeriodParse() {
    // oracle: core Period.parse (years 1900–2200, months 01–12), 0 when it refuses the text
    for (String p :
        new String[] {
          "2024",
          "2024-03",
          "2024-12",
          "1899",
          "2201-01",
          "2024-13",
          "2024-00",
          "20x4",
          " 2024-05 ",
          "2024-5",
          "",
          "abcd-ef"
        }) {
      int expected = Period.parse(p).map(Period::year).orElse(0);
      assertThat(year(p)).as(p).isEqualTo(expected);
    }
    assertThat(year("2024-03")).isEqualTo(2024);
    assertThat(year("2024-13")).isZero();
  }
}
