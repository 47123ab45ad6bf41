package org.minecarbon.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.minecarbon.core.calc.Column;

/**
 * Drawing helpers of the report charts: a PNG canvas at twice the layout size (sharp in print), a
 * value axis with round ticks, legend entries, and the colour of each balance column.
 */
final class Canvas {
  static final int SCALE = 2;
  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private Canvas() {}

  static byte[] png(int width, int height, Consumer<Graphics2D> paint) {
    BufferedImage img =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width * SCALE, height * SCALE);
      g.scale(SCALE, SCALE);
      paint.accept(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Color color(Column c) {
    int rgb =
        switch (c) {
          case FUEL -> 0xC0504D;
          case CARBONATE -> 0xF79646;
          case FUGITIVE_CH4 -> 0x8064A2;
          case FUGITIVE_CO2 -> 0x4BACC6;
          case FUGITIVE_OTHER -> 0x7F7F7F;
          case ELECTRICITY -> 0x4F81BD;
          case HEAT -> 0xE6B800;
          case CARBONATION -> 0x2E8B57;
          case UTILIZATION -> 0x3CB371;
          case STORAGE -> 0x20B2AA;
          case VEGETATION -> 0x6B8E23;
          case ALLOWANCE -> 0xB5D99C;
        };
    return new Color(rgb);
  }

  /** The smallest 1, 2 or 5 × 10^k at or above {@code v} (v > 0), the top of a value axis. */
  static double niceCeil(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v * 0.999999) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A compact axis label: 1,200,000 → 1.2M, 35,000 → 35k. */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static void text(Graphics2D g, String s, float x, float y, float size, Color color) {
    g.setColor(color);
    Fonts.draw(g, s, x, y, size);
  }

  static void centered(Graphics2D g, String s, float cx, float y, float size, Color color) {
    text(g, s, cx - Fonts.width(g, s, size) / 2, y, size, color);
  }

  /** Horizontal grid lines and labels for values min..max over the plot box. */
  static void axis(Graphics2D g, Rectangle2D box, double min, double max, int ticks) {
    g.setStroke(new BasicStroke(0.6f));
    for (int i = 0; i <= ticks; i++) {
      double v = min + (max - min) * i / ticks;
      float y = (float) y(box, min, max, v);
      g.setColor(v == 0 ? TEXT : GRID);
      g.drawLine((int) box.getX(), Math.round(y), (int) box.getMaxX(), Math.round(y));
      String label = compact(v);
      text(g, label, (float) box.getX() - Fonts.width(g, label, 9) - 4, y + 3, 9, TEXT);
    }
  }

  static double y(Rectangle2D box, double min, double max, double v) {
    return box.getMaxY() - (v - min) / (max - min) * box.getHeight();
  }

  /** A legend entry: a swatch and its label; returns the x after it. */
  static float legend(Graphics2D g, float x, float y, Color color, String label) {
    g.setColor(color);
    g.fillRect(Math.round(x), Math.round(y - 8), 10, 10);
    text(g, label, x + 14, y + 1, 10, TEXT);
    return x + 14 + Fonts.width(g, label, 10) + 14;
  }
}
