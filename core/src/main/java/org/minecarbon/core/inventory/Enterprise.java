package org.minecarbon.core.inventory;

import org.jspecify.annotations.Nullable;

/** The reporting entity (报告主体). */
public record Enterprise(
    String name,
    @Nullable String creditCode,
    @Nullable Industry industry,
    @Nullable String province) {
  public Enterprise {
    name = name == null ? "" : name;
  }
}
