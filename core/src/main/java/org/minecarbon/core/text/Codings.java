package org.minecarbon.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parsing and listing of {@link Coded} vocabularies, shared by the coded enums. */
public final class Codings {
  /** Per coded enum, the codes of all its values in order. */
  private static final ClassValue<List<String>> ALL =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          return Arrays.stream((Coded[]) type.getEnumConstants()).map(Coded::code).toList();
        }
      };

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
    // an enum's whole vocabulary (the usual call, once per row read) is listed once per enum
    Class<?> type = values.getClass().getComponentType();
    if (type.isEnum()) {
      List<String> all = ALL.get(type);
      if (same(values, all)) {
        return all;
      }
    }
    return Arrays.stream(values).map(Coded::code).toList();
  }

  private static boolean same(Coded[] values, List<String> codes) {
    if (values.length != codes.size()) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (!values[i].code().equals(codes.get(i))) {
        return false;
      }
    }
    return true;
  }
}
