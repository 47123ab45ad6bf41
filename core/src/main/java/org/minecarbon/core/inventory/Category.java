package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Balance column family a measured or mass-balance row belongs to. */
public enum Category implements Coded {
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
  public static Optional<Category> fromCode(String text) {
    return Codings.fromCode(Category.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(Category.class);
  }
}
