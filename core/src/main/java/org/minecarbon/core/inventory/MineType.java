package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** How a site is mined. */
public enum MineType implements Coded {
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
  public static Optional<MineType> fromCode(String text) {
    return Codings.fromCode(MineType.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(MineType.class);
  }
}
