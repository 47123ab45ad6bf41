package org.minecarbon.core.inventory;

import java.util.Optional;

/** Balance column family a measured or mass-balance row belongs to. */
public enum Category {
  FUEL("fuel", "化石燃料燃烧", "Fuel combustion"),
  CARBONATE("carbonate", "碳酸盐分解", "Carbonate decomposition"),
  FUGITIVE("fugitive", "逃逸", "Fugitive");

  private final String code;
  private final String zh;
  private final String en;

  Category(String code, String zh, String en) {
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
  public static Optional<Category> fromCode(String text) {
    String s = text.strip();
    for (Category v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(Category::code).toList();
  }
}
