package org.minecarbon.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled fonts (resources {@code /fonts}, licenses beside them): DejaVu Sans for Latin, digits
 * and symbols (CO₂, ×, −), Droid Sans Fallback for CJK, which has no Latin glyphs. Text is drawn in
 * runs, each code point in the first font that has it, as the PDF renderer's font fallback does.
 */
public final class Fonts {
  /** CSS family names the PDF document uses. */
  public static final String LATIN_FAMILY = "MineCarbon Sans";

  public static final String CJK_FAMILY = "MineCarbon CJK";

  private static final String LATIN_RESOURCE = "/fonts/DejaVuSans.ttf";
  private static final String CJK_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

  private Fonts() {}

  /** Loaded on first use, once per JVM (4.8 MB). */
  private static final class Holder {
    static final byte[] LATIN = read(LATIN_RESOURCE);
    static final byte[] CJK = read(CJK_RESOURCE);
    static final Font AWT_LATIN = awt(LATIN);
    static final Font AWT_CJK = awt(CJK);
  }

  public static InputStream latin() {
    return new ByteArrayInputStream(Holder.LATIN);
  }

  public static InputStream cjk() {
    return new ByteArrayInputStream(Holder.CJK);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font awt(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("bundled font unreadable", e);
    }
  }

  /** Draws text with its baseline at (x, y), switching font where a glyph is missing. */
  static void draw(Graphics2D g, String text, float x, float y, float size) {
    float cx = x;
    for (Run run : runs(text)) {
      Font f = run.font().deriveFont(size);
      g.setFont(f);
      g.drawString(run.text(), cx, y);
      cx += g.getFontMetrics(f).stringWidth(run.text());
    }
  }

  /** The advance width of the text as {@link #draw} draws it. */
  static float width(Graphics2D g, String text, float size) {
    float w = 0;
    for (Run run : runs(text)) {
      w += g.getFontMetrics(run.font().deriveFont(size)).stringWidth(run.text());
    }
    return w;
  }

  private record Run(Font font, String text) {}

  private static java.util.List<Run> runs(String text) {
    java.util.List<Run> runs = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    @org.jspecify.annotations.Nullable Font curFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Font f = Holder.AWT_LATIN.canDisplay(cp) ? Holder.AWT_LATIN : Holder.AWT_CJK;
      if (curFont != null && f != curFont) {
        runs.add(new Run(curFont, cur.toString()));
        cur.setLength(0);
      }
      curFont = f;
      cur.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (curFont != null) {
      runs.add(new Run(curFont, cur.toString()));
    }
    return runs;
  }
}
