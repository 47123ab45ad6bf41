package org.minecarbon.core.text;

/**
 * A value of a fixed vocabulary with a document code and a Chinese and an English name (stages,
 * sources, balance columns, ...). {@link Codings} parses and lists such vocabularies.
 */
public interface Coded {
  /** The code used in documents. */
  String code();

  /** The Chinese name. */
  String zh();

  /** The English name. */
  String en();

  /** The name in {@code lang}. */
  default String label(Lang lang) {
    return lang.label(this);
  }
}
