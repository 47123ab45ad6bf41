package org.minecarbon.server.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.report.Reports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The live page's figures in words of the request's language ({@code lt} in the template): times in
 * the meter registry's timezone, the trace's formula (report/formulas.csv through {@link
 * Reports#formula}, as the balance's explain panel), activity terms, factor names and units
 * (messages {@code live.term.*}, {@code live.symbol.*}); never the engine's English text in
 * Chinese.
 */
public final class LiveTexts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final UiLabels ui;
  private final ZoneId zone;

  LiveTexts(MessageSource messages, UiLabels ui, ZoneId zone) {
    this.messages = messages;
    this.ui = ui;
    this.zone = zone;
  }

  /** An instant as local date and time of the registry's timezone ({@code 2026-12-06 15:02:11}). */
  public String time(Instant t) {
    return TIME.format(t.atZone(zone));
  }

  /** A server-local date-time (who acknowledged when) in the registry's timezone, to the minute. */
  public String stamp(@Nullable LocalDateTime t) {
    return t == null
        ? ""
        : MINUTE.format(t.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone));
  }

  /** The timezone as the page names it: 北京时间 for China's, else the UTC offset. */
  public String zone() {
    if (zone.getId().equals("Asia/Shanghai") || zone.getId().equals("Asia/Chongqing")) {
      return message("live.zone.china", "");
    }
    String offset = zone.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00");
    return messages.getMessage("live.zone", new Object[] {offset}, offset, locale());
  }

  /**
   * The registry timezone's offset from UTC now, in minutes: the methane chart shifts its instants
   * by it and draws in UTC, so its axis reads in the registry's time whatever the browser's
   * timezone (a zone with daylight saving is drawn at today's offset).
   */
  public int offsetMinutes() {
    return zone.getRules().getOffset(Instant.now()).getTotalSeconds() / 60;
  }

  /** The row's formula in words. */
  public String formula(LiveFigures.Trace t) {
    return Reports.formula(t.source(), t.formula(), UiLabels.lang());
  }

  /** One activity term: {@code 购入电量 12.5 MWh}. */
  public String quantity(LiveFigures.Quantity q) {
    String label = message("live.term." + q.label().replace(' ', '-'), null);
    if (label == null) {
      label = ui.material(q.label());
    }
    return label + " " + ui.exact(q.activity()) + " " + unit(q.unit());
  }

  /** A factor's name in words ({@code EF} → 排放因子); the symbol when it has none. */
  public String symbol(LiveFigures.FactorRef f) {
    String key = f.symbol().replaceAll("[^A-Za-z0-9]", "");
    String name = message("live.symbol." + key, null);
    return name == null ? f.symbol() : name;
  }

  /** A factor's value and unit. */
  public String value(LiveFigures.FactorRef f) {
    return ui.exact(f.value()) + " " + unit(f.unit());
  }

  /**
   * A unit as the page shows it: messages {@code live.unit.*} ({@code tC/GJ} → 吨碳/GJ, {@code
   * fraction} → 比例), else {@code 10^4Nm3} → 万Nm3 in Chinese.
   */
  public String unit(String unit) {
    String named = message("live.unit." + unit, null);
    if (named != null) {
      return named;
    }
    String u = unit.replace("tCH4", "t CH4");
    return UiLabels.chinese() ? u.replace("10^4", "万") : u.replace("10^4", "10⁴ ");
  }

  private @Nullable String message(String key, @Nullable String fallback) {
    return messages.getMessage(key, null, fallback, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
