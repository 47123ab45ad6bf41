package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Life-cycle stage a row belongs to (contract v1 1). */
public enum Stage implements Coded {
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
  public static Optional<Stage> fromCode(String text) {
    return Codings.fromCode(Stage.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(Stage.class);
  }
}
