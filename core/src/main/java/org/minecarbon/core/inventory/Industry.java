package org.minecarbon.core.inventory;

import java.util.Optional;

/** Industry of the enterprise. */
public enum Industry {
  COAL("coal", "煤炭", "Coal"),
  METAL("metal", "金属矿", "Metal"),
  NONMETAL("nonmetal", "非金属矿", "Non-metal"),
  OTHER("other", "其他", "Other");

  private final String code;
  private final String zh;
  private final String en;

  Industry(String code, String zh, String en) {
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
  public static Optional<Industry> fromCode(String text) {
    String s = text.strip();
    for (Industry v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(Industry::code).toList();
  }
}
