package org.minecarbon.report.internal;

import org.jspecify.annotations.Nullable;

/**
 * A tiny XHTML builder: every text goes through {@link #escape}, so user text (enterprise and site
 * names, notes, row ids) can never become markup in the PDF document.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(32_768);

  /**
   * XML-escapes text and drops the characters XML 1.0 forbids (C0 controls other than tab, LF, CR;
   * lone surrogates; U+FFFE/U+FFFF), which would make the parser reject the whole document.
   */
  static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowed(int cp) {
    if (cp == 0x9 || cp == 0xA || cp == 0xD) {
      return true;
    }
    if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
      return false;
    }
    return true;
  }

  /** Raw markup written by this module (never user text). */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  Html text(@Nullable String text) {
    sb.append(escape(text));
    return this;
  }

  /** {@code <tag class="cls">text</tag>} with the text escaped. */
  Html el(String tag, String cls, @Nullable String text) {
    sb.append('<').append(tag);
    if (!cls.isEmpty()) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append('>').append(escape(text)).append("</").append(tag).append('>');
    return this;
  }

  Html th(String text) {
    return el("th", "", text);
  }

  Html td(@Nullable String text) {
    return el("td", "", text);
  }

  Html num(double v) {
    return el("td", "n", Formats.num(v));
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
