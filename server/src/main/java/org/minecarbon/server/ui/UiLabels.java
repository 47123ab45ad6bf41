package org.minecarbon.server.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.factor.Vocabulary;
import org.minecarbon.core.inventory.SinkType;
import org.minecarbon.core.inventory.Source;
import org.minecarbon.core.inventory.Stage;
import org.minecarbon.core.text.Lang;
import org.minecarbon.io.json.JsonCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Names and numbers as the pages show them, in the request's language; templates call it as
 * {@code @ui}. Figures are rounded to 2 decimals like the seed 002 Table 1.
 */
@Component("ui")
public class UiLabels {
  private final @Nullable MessageSource messages;

  /** Without messages (unit tests): products and field names show their codes. */
  public UiLabels() {
    this.messages = null;
  }

  @Autowired
  public UiLabels(MessageSource messages) {
    this.messages = messages;
  }

  /** A label and a value of a row's further fields, for the entry table. */
  public record Extra(String label, String value) {}

  /** A product by its code ({@code raw-coal} → 原煤); the code itself when it has no name. */
  public String product(String code) {
    return message("product." + code, code);
  }

  /** A fuel or gas by its code ({@code diesel} → 柴油); the code itself when unknown. */
  public String material(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    Lang lang = lang();
    return Vocabulary.fuels()
        .find(code)
        .or(() -> Vocabulary.gasComponents().find(code))
        .map(lang::label)
        .orElse(code);
  }

  /**
   * The further fields of a row (the JSON of the entry form) as labelled values: {@code
   * {"ventilation":170}} → 风排瓦斯量 170. Unparseable text is shown as one value.
   */
  public List<Extra> extras(@Nullable String json) {
    if (json == null || json.isBlank() || json.strip().equals("{}")) {
      return List.of();
    }
    List<Extra> out = new ArrayList<>();
    try {
      JsonNode node = JsonCodec.mapper().readTree(json);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = e.getValue();
        String value = v.isValueNode() ? v.asString() : v.toString();
        if (e.getKey().equals("uncertainty")) {
          value = uncertainty(value);
        }
        out.add(new Extra(message("field." + e.getKey(), e.getKey()), value));
      }
    } catch (JacksonException e) {
      return List.of(new Extra("", json));
    }
    return out;
  }

  /** {@code normal:3} → 正态 ±3% (the contract's notation); other notations as written. */
  String uncertainty(String notation) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(normal|uniform|lognormal):([0-9.]+)").matcher(notation);
    if (!m.matches() || messages == null) {
      return notation;
    }
    return messages.getMessage(
        "uncertainty." + m.group(1),
        new Object[] {m.group(2)},
        notation,
        LocaleContextHolder.getLocale());
  }

  private String message(String key, String fallback) {
    if (messages == null) {
      return fallback;
    }
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }

  /** The current request's language: Chinese unless the locale is English. */
  public static Lang lang() {
    return Lang.of(LocaleContextHolder.getLocale());
  }

  /** True when the current request is in Chinese (the default). */
  public static boolean chinese() {
    return lang().chinese();
  }

  public String column(Column c) {
    return lang().label(c);
  }

  /** A column by its enum name ({@code FUEL}), for templates (which may not use {@code T()}). */
  public Column col(String name) {
    return Column.valueOf(name);
  }

  /** An intensity (tCO2e/t) with up to 4 decimals. */
  public String intensity(double v) {
    return format(v, "#,##0.####");
  }

  /** A column by its balance-result code; the code itself when unknown. */
  public String columnCode(String code) {
    return Column.fromCode(code).map(this::column).orElse(code);
  }

  public String stage(String code) {
    return Stage.fromCode(code).map(lang()::label).orElse(code);
  }

  /** An activity source or sink type by its code ({@code fuel}, {@code storage}). */
  public String source(String code) {
    Lang lang = lang();
    return Source.fromCode(code)
        .map(lang::label)
        .or(() -> SinkType.fromCode(code).map(lang::label))
        .orElse(code);
  }

  /** A figure with two decimals and digit grouping ({@code 603,896.90}). */
  public String num(double v) {
    return format(v, "#,##0.00");
  }

  /** Two decimals without grouping, as tests and data attributes read it ({@code 603896.90}). */
  public String plain(double v) {
    return format(v, "0.00");
  }

  /** A figure as the table shows it: "—" for exactly zero (as seed 002 Table 1 does). */
  public String cell(double v) {
    return v == 0.0 ? "—" : num(v);
  }

  /**
   * A result with 4 significant digits (LCA results span many orders of magnitude): grouping and
   * plain decimals from 0.001 to 10⁹ ({@code 0.1234}, {@code 12,345}), scientific notation outside
   * ({@code 1.234e-07}, a lowercase e as the language check allows); 0 is {@code 0}.
   */
  public String sig(double v) {
    double a = Math.abs(v);
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    double r = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    return a >= 1e-3 && a < 1e9
        ? format(r, "#,##0.#########")
        : String.format(java.util.Locale.ROOT, "%.3e", v);
  }

  /** A factor or activity value with up to 6 significant decimals. */
  public String exact(double v) {
    return format(v, "#,##0.######");
  }

  public String signed(double v) {
    return (v > 0 ? "+" : "") + num(v);
  }

  /** A number as typed into a form: no grouping, no trailing zeros. */
  static String plainNumber(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static String format(double v, String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(java.math.RoundingMode.HALF_UP); // as String.format and spreadsheets round
    String s = f.format(v);
    return "-0.00".equals(s) ? "0.00" : s;
  }
}
