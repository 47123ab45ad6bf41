package org.minecarbon.core.inventory;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;
import org.minecarbon.core.text.Codings;

/** Emission source of an activity row (contract v1 1.1). */
public enum Source implements Coded {
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
  public static Optional<Source> fromCode(String text) {
    return Codings.fromCode(Source.class, text);
  }

  /** All document codes, for error messages. */
  public static List<String> codes() {
    return Codings.codes(Source.class);
  }
}
