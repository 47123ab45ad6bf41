package org.minecarbon.planning.zone;

import java.util.Arrays;
import java.util.Optional;

/** The three zones of seed 004 §三（一）区域协调、有序推进: "可将全国区域划分为煤炭能源生产区…、煤炭能源应用区…、新能源耦合区". */
public enum Zone {
  COAL_PRODUCTION("coal-production", "煤炭能源生产区", "Coal-production zone"),
  COAL_APPLICATION("coal-application", "煤炭能源应用区", "Coal-application zone"),
  NEW_ENERGY_COUPLING("new-energy-coupling", "新能源耦合区", "New-energy coupling zone");

  private final String code;
  private final String zh;
  private final String en;

  Zone(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  public String code() {
    return code;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public static Optional<Zone> fromCode(String code) {
    return Arrays.stream(values()).filter(z -> z.code.equals(code)).findFirst();
  }
}
