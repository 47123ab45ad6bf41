package org.minecarbon.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minecarbon.app.audit.AuditView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.json.JsonMapper;

class AuditLinesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static AuditView entry(String actor, Instant at, String before, String after) {
    return new AuditView(
        1, at, actor, 7L, "row", "42", "update", JSON.readTree(before), JSON.readTree(after), null);
  }

  /** The audit lines over {@code messages}; sites are named "<code> name" (no store needed). */
  private static AuditLines lines(StaticMessageSource messages) {
    UiLabels ui = new UiLabels(messages);
    BalancePages pages =
        new BalancePages(null, null, null) {
          @Override
          public String siteName(long enterpriseId, String code) {
            return code + " name";
          }
        };
    return new AuditLines(
        messages, new AuditValues(messages, ui, new EntryUi(messages, ui), pages));
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void lines_changedFieldsMarkedWithChineseLabelsAndShanghaiTime() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("field.quantity", Locale.SIMPLIFIED_CHINESE, "数量");
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    AuditView e =
        entry(
            "张三",
            Instant.parse("2024-03-01T16:30:00Z"),
            "{\"quantity\":100,\"unit\":\"t\"}",
            "{\"quantity\":120,\"unit\":\"t\"}");

    AuditLines.Line l = lines(messages).lines(List.of(e)).getFirst();

    // 16:30 UTC + 8 h = 00:30 the next day in Asia/Shanghai
    assertThat(l.when()).isEqualTo("2024-03-02 00:30:00");
    assertThat(l.changes())
        .containsExactly(
            new AuditLines.Change("quantity", "数量", "100", "120", true),
            new AuditLines.Change("unit", "unit", "t", "t", false));
  }

  @Test
  void lines_codesShownByTheirNamesInChineseAndEnglish() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("audit.status.submitted", Locale.SIMPLIFIED_CHINESE, "已提交");
    messages.addMessage("audit.status.submitted", Locale.ENGLISH, "Submitted");
    messages.addMessage("audit.value.true", Locale.SIMPLIFIED_CHINESE, "是");
    messages.addMessage("product.raw-coal", Locale.SIMPLIFIED_CHINESE, "原煤");
    messages.addMessage("gasGrade.high", Locale.SIMPLIFIED_CHINESE, "高瓦斯");
    messages.addMessage("entry.f.ventilation", Locale.SIMPLIFIED_CHINESE, "风排瓦斯量");
    AuditView e =
        entry(
            "张三",
            Instant.parse("2024-03-01T16:30:00Z"),
            "{\"type\":\"fuel\",\"status\":\"draft\",\"product\":\"raw-coal\"}",
            "{\"type\":\"mine-methane\",\"status\":\"submitted\",\"site\":\"mine\","
                + "\"gasGrade\":\"high\",\"flared\":true,\"quantity\":200000,"
                + "\"ventilation\":{\"volume\":170}}");

    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    List<AuditLines.Change> zh = lines(messages).lines(List.of(e)).getFirst().changes();
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    List<AuditLines.Change> en = lines(messages).lines(List.of(e)).getFirst().changes();

    // fuel and mine-methane are core's Source codes; their Chinese/English names come from core
    assertThat(zh.get(0).before()).isNotEqualTo("fuel").doesNotContain("fuel");
    assertThat(zh.get(0).after()).isNotEqualTo("mine-methane");
    assertThat(en.get(0).after()).isNotEqualTo("mine-methane");
    assertThat(zh.get(1))
        .isEqualTo(new AuditLines.Change("status", "status", "draft", "已提交", true));
    assertThat(en.get(1).after()).isEqualTo("Submitted");
    assertThat(zh.get(2).before()).isEqualTo("原煤");
    assertThat(zh.get(3).after()).isEqualTo("mine name");
    assertThat(zh.get(4).after()).isEqualTo("高瓦斯");
    assertThat(zh.get(5).after()).isEqualTo("是");
    // 200000 with a thousands separator
    assertThat(zh.get(6).after()).isEqualTo("200,000");
    // an object field is shown member by member, labelled by the entry form's texts
    assertThat(zh.get(7).field()).isEqualTo("ventilation.volume");
    assertThat(zh.get(7).label()).isEqualTo("风排瓦斯量 · volume");
    assertThat(zh.get(7).after()).isEqualTo("170");
  }

  @Test
  void filter_userEntityAndLocalDateRange() {
    AuditView e = entry("张三", Instant.parse("2024-03-01T16:30:00Z"), "{}", "{}");
    // 2024-03-02 00:30 local: inside [03-02, 03-02], outside [03-01, 03-01]
    assertThat(
            new AuditLines.Filter("张三", "row", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2))
                .matches(e))
        .isTrue();
    assertThat(
            new AuditLines.Filter(null, null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))
                .matches(e))
        .isFalse();
    assertThat(new AuditLines.Filter("李四", null, null, null).matches(e)).isFalse();
    assertThat(new AuditLines.Filter(null, "enterprise", null, null).matches(e)).isFalse();
    assertThat(new AuditLines.Filter(" ", "", null, null).any()).isFalse();
  }
}
