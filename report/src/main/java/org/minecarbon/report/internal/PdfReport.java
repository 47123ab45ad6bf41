package org.minecarbon.report.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.ReportStamp;

/**
 * Renders the report XHTML to PDF with OpenHTMLtoPDF and the bundled fonts (subset-embedded): Latin
 * from DejaVu Sans, CJK from Droid Sans Fallback through the renderer's per-glyph font fallback.
 */
public final class PdfReport {
  /*
   * OpenHTMLtoPDF logs every stage at INFO (to stderr, through its own java.util.logging set-up);
   * warnings (a broken image, a CSS error) stay visible.
   */
  static {
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private PdfReport() {}

  public static void write(
      Balance balance,
      Inventory inventory,
      List<BenchmarkValue> benchmarks,
      ReportStamp stamp,
      Lang lang,
      OutputStream out)
      throws IOException {
    render(ReportHtml.build(balance, inventory, benchmarks, stamp, lang), out, true);
  }

  /**
   * Renders an XHTML document; {@code bundledFonts = false} leaves the fonts out (tests use it to
   * show what a missing CJK font looks like).
   */
  public static void render(String xhtml, OutputStream out, boolean bundledFonts)
      throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    if (bundledFonts) {
      b.useFont(Fonts::latin, Fonts.LATIN_FAMILY, 400, FontStyle.NORMAL, true);
      b.useFont(Fonts::cjk, Fonts.CJK_FAMILY, 400, FontStyle.NORMAL, true);
    }
    b.withHtmlContent(xhtml, null);
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    b.toStream(pdf);
    b.run();
    out.write(StableBytes.pdf(pdf.toByteArray(), xhtml));
  }
}
