package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.internal.Formats;
import org.minecarbon.report.internal.PdfReport;
import org.minecarbon.report.internal.ReportHtml;

/**
 * Renders the PDF report and checks it as a reader would: the extracted text (which proves the
 * glyphs map back to the right characters) and the rendered page 1 (which proves glyphs are drawn,
 * not empty boxes). The PNGs are kept under target/ for a look.
 */
class ReportsPdfIT {
  static final Path OUT = Path.of("target", "report-it");

  static byte[] pdf(Balance b, List<BenchmarkValue> benchmarks, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.pdf(b, b.calculation().inventory(), benchmarks, locale, out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Page 1 at 72 dpi (1 px = 1 pt), saved as target/report-it/NAME.png. */
  static BufferedImage page1(byte[] pdf, String name) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      Files.createDirectories(OUT);
      ImageIO.write(img, "png", OUT.resolve(name + ".png").toFile());
      return img;
    }
  }

  /** Dark pixels in the title band (the first 100 pt below the top margin). */
  static int darkPixelsInTitle(BufferedImage img) {
    int dark = 0;
    for (int y = 40; y < 110; y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
        if (lum < 128) {
          dark++;
        }
      }
    }
    return dark;
  }

  @Test
  void pdf_chineseCoalMine_textAndGlyphsRender() throws IOException {
    Balance b = Samples.example("coal-mine.json");
    byte[] pdf = pdf(b, List.of(), Locale.SIMPLIFIED_CHINESE);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("coal-mine-zh.pdf"), pdf);
    String text = text(pdf);
    BalanceYear y = b.years().getLast();
    assertThat(text)
        .contains("碳平衡分析报告", "化石燃料燃烧", "逃逸 CH₄", "碳平衡核算表", "改进方向", "瓦斯抽采")
        .contains(
            Formats.num(y.totals().emissionsTotal()), Formats.num(y.totals().get(Column.FUEL)))
        .contains(b.calculation().inventory().enterprise().name().substring(0, 8));
    int withFont = darkPixelsInTitle(page1(pdf, "coal-mine-zh-page1"));
    assertThat(withFont).isGreaterThan(1500);
  }

  @Test
  void pdf_withoutBundledFonts_losesTheChineseTitle() throws IOException {
    // The control experiment: the same document without the bundled fonts cannot show the title.
    Balance b = Samples.small();
    String html =
        ReportHtml.build(
            b, b.calculation().inventory(), List.of(), ReportStamp.draft(), Lang.of(Locale.CHINA));
    ByteArrayOutputStream without = new ByteArrayOutputStream();
    PdfReport.render(html, without, false);
    ByteArrayOutputStream with = new ByteArrayOutputStream();
    PdfReport.render(html, with, true);
    assertThat(text(without.toByteArray())).doesNotContain("碳平衡分析报告");
    assertThat(text(with.toByteArray())).contains("碳平衡分析报告");
    int missing = darkPixelsInTitle(page1(without.toByteArray(), "small-zh-nofont-page1"));
    int bundled = darkPixelsInTitle(page1(with.toByteArray(), "small-zh-page1"));
    assertThat(bundled).isGreaterThan(missing + 500);
  }

  @Test
  void pdf_englishMetalMineWithBenchmark_showsGapAndDirections() throws IOException {
    Balance b = Samples.example("metal-mine.json");
    BalanceYear y = b.years().getLast();
    String product = y.intensity().keySet().iterator().next();
    double actual = y.intensity().get(product);
    // benchmark at 80% of the actual intensity: gap = (a − 0.8a) / 0.8a = +25.0%
    BenchmarkValue bench = new BenchmarkValue(product, y.year(), 0.8 * actual, "association 2024");
    byte[] pdf = pdf(b, List.of(bench), Locale.ENGLISH);
    Files.write(OUT.resolve("metal-mine-en.pdf"), pdf);
    String text = text(pdf);
    assertThat(text)
        .contains("Carbon balance analysis report", "Fuel combustion", "Gap to benchmarks")
        .contains("+25.0%", "association 2024")
        .contains(Formats.num(y.totals().emissionsTotal()))
        .contains("Improvement directions", "green power");
    page1(pdf, "metal-mine-en-page1");
  }
}
