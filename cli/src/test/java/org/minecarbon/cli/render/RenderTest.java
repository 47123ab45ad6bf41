package org.minecarbon.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTest {
  @Test
  void displayWidth_chinese_countsTwoPerCharacter() {
    assertThat(DisplayWidth.of("年份")).isEqualTo(4);
    assertThat(DisplayWidth.of("逃逸 CH₄")).isEqualTo(8); // 2 + 2 + space + C + H + ₄
    assertThat(DisplayWidth.of("—")).isEqualTo(1);
    assertThat(DisplayWidth.of("Year")).isEqualTo(4);
  }

  @Test
  void money_roundsHalfUpWithThousandsSeparator() {
    assertThat(Numbers.money(603896.9)).isEqualTo("603,896.90");
    assertThat(Numbers.money(0.125)).isEqualTo("0.13"); // 0.125 is exact in binary: half-up
    assertThat(Numbers.money(-0.0100000001)).isEqualTo("-0.01");
    assertThat(Numbers.money(-1e-10)).isEqualTo("0.00"); // no "-0.00"
    assertThat(Numbers.money(1234567.891)).isEqualTo("1,234,567.89");
  }

  @Test
  void plain_dropsTrailingZeros() {
    assertThat(Numbers.plain(7.17)).isEqualTo("7.17");
    assertThat(Numbers.plain(1200)).isEqualTo("1,200");
    assertThat(Numbers.plain(44.0 / 12)).isEqualTo("3.666667");
    assertThat(Numbers.plain(1.5e-8)).isEqualTo("1.5E-8");
  }

  @Test
  void textTable_chineseHeaders_alignsByDisplayWidth() {
    TextTable t = new TextTable(List.of("年份", "小计", "化石燃料燃烧"));
    t.add(List.of("2022", "603,896.90", "—"));

    List<String> lines = t.lines();

    // every line ends at the same terminal column because figures are right-aligned
    assertThat(lines).hasSize(3);
    assertThat(lines.stream().map(DisplayWidth::of).distinct()).hasSize(1);
    assertThat(lines.get(2)).isEqualTo("2022  603,896.90             —");
  }
}
