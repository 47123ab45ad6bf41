package org.minecarbon.planning.result;

import org.minecarbon.planning.plan.Category;

/**
 * The four paths of seed 004 (碳减排, 碳替代, 碳封存, 碳循环) and "other", each measure's by its category:
 * efficiency and methane reduce (seed 004 （一）: clean efficient mining, methane use), substitution
 * and clean energy substitute (（二）), CCUS stores (（三）), restoration cycles (（四）).
 */
public enum SeedPath {
  REDUCTION("reduction", "碳减排"),
  SUBSTITUTION("substitution", "碳替代"),
  STORAGE("storage", "碳封存"),
  CYCLING("cycling", "碳循环"),
  OTHER("other", "其他");

  private final String code;
  private final String zh;

  SeedPath(String code, String zh) {
    this.code = code;
    this.zh = zh;
  }

  public String code() {
    return code;
  }

  /** The seed's own name. */
  public String zh() {
    return zh;
  }

  public static SeedPath of(Category category) {
    return switch (category) {
      case EFFICIENCY, METHANE -> REDUCTION;
      case SUBSTITUTION, CLEAN_ENERGY -> SUBSTITUTION;
      case CCUS -> STORAGE;
      case RESTORATION -> CYCLING;
      case OTHER -> OTHER;
    };
  }
}
