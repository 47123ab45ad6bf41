package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Gas grade of a coal mine (Chinese safety classification); outburst is treated as high. */
public enum GasGrade implements Coded {
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

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  /** Parses a document code (or the Chinese/English name); empty when unknown. */
  public static Optional<GasGrade> fromCode(String text) {
    return Codings.fromCode(GasGrade.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(GasGrade.class);
  }
}
