package org.minecarbon.planning.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Category of a measure (contract §1.3). */
public enum Category {
  EFFICIENCY("efficiency"),
  SUBSTITUTION("substitution"),
  CLEAN_ENERGY("clean-energy"),
  METHANE("methane"),
  CCUS("ccus"),
  RESTORATION("restoration"),
  OTHER("other");

  private final String code;

  Category(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Category> fromCode(String text) {
    return Arrays.stream(values()).filter(c -> c.code.equals(text.strip())).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Category::code).toList();
  }
}
