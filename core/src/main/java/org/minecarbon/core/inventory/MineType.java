package org.minecarbon.core.inventory;

import java.util.Optional;

/** How a site is mined. */
public enum MineType {
  UNDERGROUND("underground", "井工", "Underground"),
  SURFACE("surface", "露天", "Surface"),
  MIXED("mixed", "井工露天联合", "Mixed");

  private final String code;
  private final String zh;
  private final String en;

  MineType(String code, String zh, String en) {
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
  public static Optional<MineType> fromCode(String text) {
    String s = text.strip();
    for (MineType v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(MineType::code).toList();
  }
}
