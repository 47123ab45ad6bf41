package org.minecarbon.core.inventory;

import java.util.Optional;

/** Gas grade of a coal mine (Chinese safety classification); outburst is treated as high. */
public enum GasGrade {
  LOW("low", "低瓦斯", "Low-gas"),
  HIGH("high", "高瓦斯", "High-gas"),
  OUTBURST("outburst", "煤与瓦斯突出", "Outburst");

  private final String code;
  private final String zh;
  private final String en;

  GasGrade(String code, String zh, String en) {
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
  public static Optional<GasGrade> fromCode(String text) {
    String s = text.strip();
    for (GasGrade v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(GasGrade::code).toList();
  }
}
