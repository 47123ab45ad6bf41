package org.minecarbon.store.inventory;

import java.util.Optional;

/** Which array of the inventory document a stored row belongs to. */
public enum RowKind {
  ACTIVITY("activity", "activities"),
  SINK("sink", "sinks"),
  PRODUCTION("production", "production");

  private static final RowKind[] VALUES = values();

  private final String code;
  private final String arrayName;

  RowKind(String code, String arrayName) {
    this.code = code;
    this.arrayName = arrayName;
  }

  /** The value of the {@code kind} column. */
  public String code() {
    return code;
  }

  /** The document array holding rows of this kind ({@code activities}, …). */
  public String arrayName() {
    return arrayName;
  }

  public static Optional<RowKind> fromCode(String code) {
    // a loop, not a stream: called once per stored row read
    for (RowKind k : VALUES) {
      if (k.code.equals(code) || k.arrayName.equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
