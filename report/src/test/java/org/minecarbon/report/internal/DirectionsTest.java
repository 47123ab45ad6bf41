package org.minecarbon.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.Samples;

class DirectionsTest {
  @Test
  void of_coalMine_leadsWithMethaneAndItsMeasures() {
    BalanceYear y = Samples.example("coal-mine.json").years().getLast();
    List<String> zh = Directions.of(y, Lang.of(Locale.CHINA));
    List<String> en = Directions.of(y, Lang.of(Locale.ENGLISH));

    String share = Formats.pct(Analysis.share(y.totals(), Column.FUGITIVE_CH4));
    assertThat(zh.getFirst())
        .startsWith("逃逸 CH₄占 2024 年碳排放总量的 " + share)
        .contains(Formats.num(y.totals().get(Column.FUGITIVE_CH4)), "瓦斯抽采", "乏风瓦斯氧化");
    assertThat(en.getFirst()).contains("ventilation-air methane", "flare");
    // the sink paragraph closes the list, with the net figure
    assertThat(zh.getLast()).contains("植树造林", "CCUS", Formats.num(y.totals().net()));
  }

  @Test
  void of_smallShares_areLeftOutExceptTheLargest() {
    // small sample 2024: fuel 41.7%, electricity 29.8%, carbonate 24.9%, heat 3.6% (< 5%)
    BalanceYear y = Samples.small().year(2024).orElseThrow();
    List<String> en = Directions.of(y, Lang.of(Locale.ENGLISH));

    assertThat(en).hasSize(4);
    assertThat(en.get(0)).startsWith("Fuel combustion is 41.7%");
    assertThat(en.get(1)).startsWith("Net purchased electricity is 29.8%");
    assertThat(en.get(2)).startsWith("Carbonate decomposition is 24.9%");
    assertThat(String.join(" ", en)).doesNotContain("waste heat");
  }

  @Test
  void risky_formulaPrefixes_areDetected() {
    assertThat(List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx")).allMatch(Cells::risky);
    assertThat(List.of("", "a=b", "1-2", "煤矿", "'=x")).noneMatch(Cells::risky);
  }

  @Test
  void niceCeil_roundsUpToOneTwoFiveSteps() {
    assertThat(Canvas.niceCeil(584_362)).isEqualTo(1_000_000);
    assertThat(Canvas.niceCeil(130_000)).isEqualTo(200_000);
    assertThat(Canvas.niceCeil(2_400)).isEqualTo(2_500);
    assertThat(Canvas.compact(1_200_000)).isEqualTo("1.2M");
    assertThat(Canvas.compact(35_000)).isEqualTo("35k");
  }
}
