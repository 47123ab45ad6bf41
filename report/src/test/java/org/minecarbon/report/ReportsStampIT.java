package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;

/**
 * The PDF of {@link CoalSample} read back with PDFBox: the largest sources summed per source and
 * site name, Chinese names only in the Chinese report, the verified stamp and the draft watermark.
 */
class ReportsStampIT {
  private static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final ReportStamp VERIFIED =
      new ReportStamp.Verified(
          2024, 2, "核证员王五", Instant.parse("2025-03-01T02:30:00Z"), SHA, ZoneId.of("Asia/Shanghai"));

  static byte[] pdf(ReportStamp stamp, Locale locale, String name) throws IOException {
    Balance b = CoalSample.balance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.pdf(b, b.calculation().inventory(), List.of(), stamp, locale, out);
    byte[] bytes = out.toByteArray();
    Files.createDirectories(ReportsPdfIT.OUT);
    Files.write(ReportsPdfIT.OUT.resolve(name + ".pdf"), bytes);
    ReportsPdfIT.page1(bytes, name);
    return bytes;
  }

  /** Text with the line breaks PDFBox puts inside table cells removed. */
  static String flat(byte[] pdf) throws IOException {
    return ReportsPdfIT.text(pdf).replaceAll("\\s+", "");
  }

  @Test
  void verifiedPdf_zh_stampedWithStatusVersionVerifierTimeAndHash() throws IOException {
    String text = flat(pdf(VERIFIED, Locale.SIMPLIFIED_CHINESE, "stamp-verified-zh"));
    // 02:30 UTC = 10:30 in Asia/Shanghai (UTC+8)
    assertThat(text)
        .contains("已核证", "2024·v2", "核证员王五", "2025-03-0110:30UTC+08:00", SHA)
        .doesNotContain("草稿");
  }

  @Test
  void draftPdf_zh_watermarkedOnEveryPage() throws IOException {
    byte[] pdf =
        pdf(new ReportStamp.Draft("submitted", 1), Locale.SIMPLIFIED_CHINESE, "stamp-draft-zh");
    String text = flat(pdf);
    assertThat(text).contains("草稿：数据未核证（状态：已提交审核·v1）").doesNotContain("SHA-256");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      // the page header "草稿（未核证）" and the fixed watermark "草稿" repeat on every page
      assertThat(pages).isGreaterThan(1);
      assertThat(text.split("草稿（未核证）", -1).length - 1).isEqualTo(pages);
    }
  }

  @Test
  void largestSources_zh_summedPerSourceAndSiteName_noCodesNoSymbols() throws IOException {
    String text = flat(pdf(VERIFIED, Locale.SIMPLIFIED_CHINESE, "stamp-largest-zh"));
    // methane 北井 = 18,821.25 + 18,068.40 (two months, three rows); 36,889.65 / 39,204.112249
    assertThat(text)
        .contains("1井工开采CH4逃逸北井36,889.6594.1%3")
        .contains("2井工开采CH4逃逸南井1,505.703.8%1")
        .contains("3井工开采CO2逃逸北井494.251.3%1")
        .contains("4化石燃料燃烧北井314.510.8%1")
        .contains("煤炭", "风排瓦斯量")
        .doesNotContain("north", "south", "Q_vent", "ρ_CH4", "coal", "GWP");
  }

  @Test
  void largestSources_en_englishNamesAndFormula() throws IOException {
    String text = flat(pdf(VERIFIED, Locale.ENGLISH, "stamp-largest-en"));
    assertThat(text)
        .contains("1UndergroundminemethaneNorth".replace("North", "北井"))
        .contains("Verified", "Coal")
        .doesNotContain("已核证");
  }
}
