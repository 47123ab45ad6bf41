package org.minecarbon.core.inventory;

import java.util.Optional;

/** Emission source of an activity row (contract v1 1.1). */
public enum Source {
  FUEL("fuel", "化石燃料燃烧", "Fuel combustion"),
  CARBONATE("carbonate", "碳酸盐分解", "Carbonate decomposition"),
  ELECTRICITY("electricity", "净购入电力", "Net purchased electricity"),
  HEAT("heat", "净购入热力", "Net purchased heat"),
  MINE_METHANE("mine-methane", "井工开采CH4逃逸", "Underground mine methane"),
  MINE_CO2("mine-co2", "井工开采CO2逃逸", "Underground mine CO2"),
  SURFACE_METHANE("surface-methane", "露天开采CH4逃逸", "Surface mining methane"),
  POST_MINING_METHANE("post-mining-methane", "矿后活动CH4逃逸", "Post-mining methane"),
  FLARE("flare", "火炬燃烧", "Flaring"),
  FUGITIVE("fugitive", "其他逃逸", "Other fugitive"),
  MEASURED("measured", "实测", "Measured (CEMS)"),
  MASS_BALANCE("mass-balance", "质量平衡", "Mass balance");

  private final String code;
  private final String zh;
  private final String en;

  Source(String code, String zh, String en) {
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
  public static Optional<Source> fromCode(String text) {
    String s = text.strip();
    for (Source v : values()) {
      if (v.code.equalsIgnoreCase(s) || v.zh.equals(s) || v.en.equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All document codes, for error messages. */
  public static java.util.List<String> codes() {
    return java.util.Arrays.stream(values()).map(Source::code).toList();
  }
}
