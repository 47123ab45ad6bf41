package org.minecarbon.core.inventory;

import java.util.Optional;

/** Sink of a sink row (contract v1 1.2). */
public enum SinkType {
  CARBONATION("carbonation", "碳化", "Carbonation"),
  UTILIZATION("utilization", "碳利用", "CO2 utilization"),
  STORAGE("storage", "碳封存", "CCUS storage"),
  VEGETATION("vegetation", "植物固碳", "Vegetation"),
  ALLOWANCE("allowance", "购买配额", "Purchased allowances");

  private final String code;
  private final String zh;
  private final String en;

  SinkType(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  /** The code used in documents. */
  public String code() {
    return code;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** Parses a document code (or the Chinese/English name); empty when unknown. */
  public static Optional<SinkType> fromCode(String text) {
    String s = text.strip();
    for (SinkType v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(SinkType::code).toList();
  }
}
