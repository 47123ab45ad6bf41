package org.minecarbon.core.inventory;

import java.util.Optional;

/** Market instrument of an allowance sink row. */
public enum Instrument {
  CEA("CEA", "全国碳排放配额", "National allowance (CEA)"),
  CCER("CCER", "国家核证自愿减排量", "CCER"),
  OTHER("other", "其他", "Other");

  private final String code;
  private final String zh;
  private final String en;

  Instrument(String code, String zh, String en) {
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
  public static Optional<Instrument> fromCode(String text) {
    String s = text.strip();
    for (Instrument v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(Instrument::code).toList();
  }
}
