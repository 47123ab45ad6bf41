package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Industry of the enterprise. */
public enum Industry implements Coded {
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
  public static Optional<Industry> fromCode(String text) {
    return Codings.fromCode(Industry.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(Industry.class);
  }
}
