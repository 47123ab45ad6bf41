package org.minecarbon.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parsing and listing of {@link Coded} vocabularies, shared by the coded enums. */
public final class Codings {
  /**
   * Per coded enum, its values once ({@code values()} and {@code getEnumConstants()} copy the array
   * on every call, and a document read looks codes up once per row).
   */
  private static final ClassValue<Coded[]> VALUES =
      new ClassValue<>() {
        @Override
        protected Coded[] computeValue(Class<?> type) {
          return (Coded[]) type.getEnumConstants();
        }
      };

  /** Per coded enum, the codes of all its values in order. */
  private static final ClassValue<List<String>> CODES =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          return codes(VALUES.get(type));
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

  /** {@link #fromCode(Coded[], String)} over all values of a coded enum. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String text) {
    return fromCode((E[]) VALUES.get(type), text);
  }

  /** The codes of {@code values} in their order, for error messages. */
  public static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }

  /** The codes of all values of a coded enum in their order, listed once per enum. */
  public static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
    return CODES.get(type);
  }
}
