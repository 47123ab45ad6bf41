package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Sink of a sink row (contract v1 1.2). */
public enum SinkType implements Coded {
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
  public static Optional<SinkType> fromCode(String text) {
    return Codings.fromCode(SinkType.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(SinkType.class);
  }
}
