package org.minecarbon.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The language labels are shown in: Chinese (the default) or English. UI, reports and command line
 * all pick between a Chinese and an English text through it.
 */
public enum Lang {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** English when the locale's language is {@code en}, otherwise Chinese. */
  public static Lang of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? EN : ZH;
  }

  /** Parses {@code zh} or {@code en} (ignoring case and surrounding blanks); empty otherwise. */
  public static Optional<Lang> fromCode(String text) {
    String s = text.strip();
    for (Lang l : values()) {
      if (l.code().equalsIgnoreCase(s)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** {@code zh} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean chinese() {
    return this == ZH;
  }

  /** {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /** The Chinese or the English variant (a text, a list of sheet names, ...). */
  public <T> T pick(T zh, T en) {
    return chinese() ? zh : en;
  }

  /** The name of a coded value in this language. */
  public String label(Coded value) {
    return pick(value.zh(), value.en());
  }
}
