package org.minecarbon.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parsing and listing of {@link Coded} vocabularies, shared by the coded enums. */
public final class Codings {
  private Codings() {}

  /**
   * The value whose code (ignoring case), Chinese name (exactly) or English name (ignoring case) is
   * {@code text} after stripping; empty when none is. The first match in {@code values} wins.
   */
  public static <E extends Coded> Optional<E> fromCode(E[] values, String text) {
    String s = text.strip();
    for (E v : values) {
      if (v.code().equalsIgnoreCase(s) || v.zh().equals(s) || v.en().equalsIgnoreCase(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The codes of {@code values} in their order, for error messages. */
  public static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }
}
