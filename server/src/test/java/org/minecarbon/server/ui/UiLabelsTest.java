package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;
import org.springframework.context.i18n.LocaleContextHolder;

class UiLabelsTest {
  private final UiLabels ui = new UiLabels();

  @Test
  void extras_rowFieldsJson_labelledInThePageLanguage() {
    org.springframework.context.support.StaticMessageSource m =
        new org.springframework.context.support.StaticMessageSource();
    m.addMessage("field.ventilation", Locale.SIMPLIFIED_CHINESE, "风排瓦斯量");
    m.addMessage("field.uncertainty", Locale.SIMPLIFIED_CHINESE, "不确定性");
    m.addMessage("uncertainty.normal", Locale.SIMPLIFIED_CHINESE, "正态 ±{0}%");
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    UiLabels zh = new UiLabels(m);
    // labels from the messages; "normal:10" is the contract's notation for a normal ±10 %
    assertThat(zh.extras("{\"ventilation\":170,\"uncertainty\":\"normal:10\",\"grid\":\"山西\"}"))
        .containsExactly(
            new UiLabels.Extra("风排瓦斯量", "170"),
            new UiLabels.Extra("不确定性", "正态 ±10%"),
            new UiLabels.Extra("grid", "山西"));
    assertThat(zh.extras("{}")).isEmpty();
    assertThat(zh.extras("not json")).containsExactly(new UiLabels.Extra("", "not json"));
  }

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

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void labels_englishRequest_useEnglishNames() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(UiLabels.lang()).isEqualTo(Lang.EN);
    assertThat(UiLabels.chinese()).isFalse();
    assertThat(ui.column(Column.FUEL)).isEqualTo("Fuel combustion");
    assertThat(ui.stage("mining")).isEqualTo("Mining");
    assertThat(ui.source("storage")).isEqualTo("CCUS storage");
  }

  @Test
  void labels_chineseRequest_useChineseNames() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(UiLabels.chinese()).isTrue();
    assertThat(ui.columnCode("fuel")).isEqualTo("化石燃料燃烧");
    assertThat(ui.stage("mining")).isEqualTo("开采");
    assertThat(ui.source("fuel")).isEqualTo("化石燃料燃烧");
    assertThat(ui.source("nonsense")).isEqualTo("nonsense");
  }
}
