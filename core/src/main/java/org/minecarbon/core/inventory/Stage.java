package org.minecarbon.core.inventory;

import java.util.Optional;

/** Life-cycle stage a row belongs to (contract v1 1). */
public enum Stage {
  EXPLORATION("exploration", "勘探", "Exploration"),
  MINING("mining", "开采", "Mining"),
  PROCESSING("processing", "选矿加工", "Processing"),
  TRANSPORT("transport", "运输", "Transport"),
  SMELTING("smelting", "冶炼", "Smelting"),
  RESTORATION("restoration", "生态修复", "Restoration"),
  AUXILIARY("auxiliary", "辅助生产", "Auxiliary"),
  UNASSIGNED("unassigned", "未分配", "Unassigned");

  private final String code;
  private final String zh;
  private final String en;

  Stage(String code, String zh, String en) {
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
  public static Optional<Stage> fromCode(String text) {
    String s = text.strip();
    for (Stage v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(Stage::code).toList();
  }
}
