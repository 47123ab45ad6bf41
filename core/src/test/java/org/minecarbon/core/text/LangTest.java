package org.minecarbon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.inventory.Stage;

class LangTest {

  @Test
  void of_englishLocale_isEnglish() {
    assertThat(Lang.of(Locale.ENGLISH)).isEqualTo(Lang.EN);
    assertThat(Lang.of(Locale.UK)).isEqualTo(Lang.EN);
    assertThat(Lang.of(Locale.forLanguageTag("en-US"))).isEqualTo(Lang.EN);
  }

  @Test
  void of_chineseOrOtherLocale_isChinese() {
    assertThat(Lang.of(Locale.CHINA)).isEqualTo(Lang.ZH);
    assertThat(Lang.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Lang.ZH);
    assertThat(Lang.of(Locale.GERMAN)).isEqualTo(Lang.ZH);
    assertThat(Lang.of(Locale.ROOT)).isEqualTo(Lang.ZH);
  }

  @Test
  void fromCode_zhOrEnInAnyCase_findsLanguage() {
    assertThat(Lang.fromCode("zh")).contains(Lang.ZH);
    assertThat(Lang.fromCode(" EN ")).contains(Lang.EN);
    assertThat(Lang.fromCode("fr")).isEmpty();
  }

  @Test
  void codeAndLocale_eachLanguage_matchItsName() {
    assertThat(Lang.ZH.code()).isEqualTo("zh");
    assertThat(Lang.EN.code()).isEqualTo("en");
    assertThat(Lang.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Lang.EN.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Lang.of(Lang.EN.locale())).isEqualTo(Lang.EN);
    assertThat(Lang.of(Lang.ZH.locale())).isEqualTo(Lang.ZH);
  }

  @Test
  void chinese_eachLanguage_isTrueOnlyForZh() {
    assertThat(Lang.ZH.chinese()).isTrue();
    assertThat(Lang.EN.chinese()).isFalse();
  }

  @Test
  void pick_eachLanguage_returnsItsVariant() {
    assertThat(Lang.ZH.pick("年份", "Year")).isEqualTo("年份");
    assertThat(Lang.EN.pick("年份", "Year")).isEqualTo("Year");
    assertThat(Lang.EN.pick(List.of("汇总"), List.of("Summary"))).containsExactly("Summary");
  }

  @Test
  void label_domainVocabularies_useTheirNames() {
    assertThat(Lang.ZH.label(Column.FUEL)).isEqualTo("化石燃料燃烧");
    assertThat(Lang.EN.label(Column.FUEL)).isEqualTo("Fuel combustion");
    assertThat(Lang.ZH.label(Stage.MINING)).isEqualTo("开采");
    assertThat(Lang.EN.label(Stage.MINING)).isEqualTo("Mining");
  }
}
