package org.minecarbon.core.calc;

import java.util.List;
import java.util.Optional;
import org.minecarbon.core.text.Coded;

/**
 * The columns of the balance table (seed 002 Table 1): seven emission columns (eq. 1) and five sink
 * columns (eq. 2). Codes are the field names of balance result v1.
 */
public enum Column implements Coded {
  FUEL("fuel", "化石燃料燃烧", "Fuel combustion", false),
  CARBONATE("carbonate", "碳酸盐分解", "Carbonate decomposition", false),
  FUGITIVE_CH4("fugitiveCH4", "逃逸 CH₄", "Fugitive CH4", false),
  FUGITIVE_CO2("fugitiveCO2", "逃逸 CO₂", "Fugitive CO2", false),
  FUGITIVE_OTHER("fugitiveOther", "逃逸 其他", "Fugitive other", false),
  ELECTRICITY("electricity", "净购入电力", "Net purchased electricity", false),
  HEAT("heat", "净购入热力", "Net purchased heat", false),
  CARBONATION("carbonation", "碳化", "Carbonation", true),
  UTILIZATION("utilization", "碳利用", "CO2 utilization", true),
  STORAGE("storage", "碳封存", "CCUS storage", true),
  VEGETATION("vegetation", "植物固碳", "Vegetation", true),
  ALLOWANCE("allowance", "购买配额", "Purchased allowances", true);

  public static final List<Column> EMISSIONS =
      List.of(FUEL, CARBONATE, FUGITIVE_CH4, FUGITIVE_CO2, FUGITIVE_OTHER, ELECTRICITY, HEAT);
  public static final List<Column> SINKS =
      List.of(CARBONATION, UTILIZATION, STORAGE, VEGETATION, ALLOWANCE);

  private final String code;
  private final String zh;
  private final String en;
  private final boolean sink;

  Column(String code, String zh, String en, boolean sink) {
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.sink = sink;
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

  public boolean isSink() {
    return sink;
  }

  /** Scope 2 = purchased electricity and heat; every other emission column is scope 1. */
  public boolean isScope2() {
    return this == ELECTRICITY || this == HEAT;
  }

  /**
   * A physical removal (carbonation, utilization, storage, vegetation), not a market instrument.
   */
  public boolean isRemoval() {
    return sink && this != ALLOWANCE;
  }

  /** Parses a balance-result code or an enum name ({@code FUEL}), ignoring case; not the names. */
  public static Optional<Column> fromCode(String text) {
    for (Column c : values()) {
      if (c.code.equalsIgnoreCase(text.strip()) || c.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
