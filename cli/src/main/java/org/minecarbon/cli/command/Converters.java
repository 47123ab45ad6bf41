package org.minecarbon.cli.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.minecarbon.core.gas.GwpSet;
import org.minecarbon.core.text.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Case-insensitive converters for option values; a bad value is a usage error (exit 2). */
final class Converters {
  private Converters() {}

  /** Parses an enum constant by name, ignoring case, listing the choices on failure. */
  abstract static class ByName<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    ByName(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      String choices =
          Arrays.stream(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new TypeConversionException("'" + value + "' is not one of " + choices);
    }
  }

  static final class Gwp implements ITypeConverter<GwpSet> {
    @Override
    public GwpSet convert(String value) {
      return GwpSet.fromCode(value)
          .orElseThrow(
              () ->
                  new TypeConversionException("'" + value + "' is not one of SAR, AR4, AR5, AR6"));
    }
  }

  /** {@code zh} or {@code en} as the output language of headers and labels. */
  static final class LangConverter extends ByName<Lang> {
    LangConverter() {
      super(Lang.class);
    }
  }
}
