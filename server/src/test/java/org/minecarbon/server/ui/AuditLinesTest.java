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

    AuditLines.Line l = new AuditLines(messages).lines(List.of(e)).getFirst();

    // 16:30 UTC + 8 h = 00:30 the next day in Asia/Shanghai
    assertThat(l.when()).isEqualTo("2024-03-02 00:30:00");
    assertThat(l.changes())
        .containsExactly(
            new AuditLines.Change("quantity", "数量", "100", "120", true),
            new AuditLines.Change("unit", "unit", "t", "t", false));
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
