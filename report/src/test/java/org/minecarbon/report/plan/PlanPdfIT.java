package org.minecarbon.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.planning.catalogue.MeasureCatalogue;
import tools.jackson.databind.JsonNode;

/** The plan PDF read back with PDFBox (text) and rendered (page 1 as PNG under target/). */
class PlanPdfIT {
  private static final String DOCUMENT =
      """
      {"format":"minecarbon/plan@1","discountRate":0.06,
       "targets":[{"kind":"peak","year":2030},{"kind":"cap","year":2040,"max":250000}],
       "measures":[
        {"id":"pv","name":"矿区光伏","category":"clean-energy","capex":1000000,"lifetime":10,
         "opex":5000,"catalogue":"onsite-pv"},
        {"id":"own","name":"自有措施<b>","category":"other","capex":0,"lifetime":1,
         "opex":20000,"source":"本矿2025年能源审计"}]}
      """;
  private static final String RESULT =
      """
      {"format":"minecarbon/plan-result@1","status":"optimal","objective":-1234.5,"currency":"CNY",
       "adopted":[{"measure":"pv","year":2026},{"measure":"own","year":2027}],
       "years":[{"year":2026,"emissions":{"total":800.25},"removals":10,"allowances":5,"net":785.25,
                 "intensity":{},"cost":{"measures":140867.96,"energy":-150000,"allowances":475,
                 "total":-8657.04,"discounted":-8167.02},"energyBaseline":600}],
       "macc":[{"measure":"pv","year":2030,"abatement":200,"cost":-9132.04,"costPerTonne":-45.6602}],
       "phases":[{"name":"peak","from":2025,"to":2030}],
       "scenarios":[{"name":"high","objective":-99999,"adopted":[{"measure":"pv","year":2026}]}],
       "violations":[{"target":"/targets/1","kind":"cap","year":2040,"shortfall":12.5}]}
      """;

  @Test
  void write_readBack_textHoldsEveryPart() throws IOException {
    byte[] pdf = pdf();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      Path out = Path.of("target/report-it");
      Files.createDirectories(out);
      ImageIO.write(img, "png", out.resolve("plan-page1.png").toFile());
    }
    String pvSource =
        MeasureCatalogue.builtIn().stream()
            .filter(e -> e.id().equals("onsite-pv"))
            .findFirst()
            .orElseThrow()
            .source();
    String flat = text.replaceAll("\\s+", "");
    assertThat(text).contains("减排规划报告", "某煤业有限公司", "基准方案", "第 2 版");
    assertThat(text).contains("达峰", "总量上限", "250,000"); // targets
    assertThat(text).contains("情景比较", "high", "-99,999"); // scenarios
    assertThat(text).contains("785.25", "-45.66"); // pathway net, MACC €/t (2 decimals)
    assertThat(text).contains("达峰攻坚期"); // phases
    assertThat(text).contains("矿区光伏", "自有措施<b>", "本矿2025年能源审计"); // escaped, cited
    assertThat(flat).contains(pvSource.replaceAll("\\s+", "").substring(0, 12));
    assertThat(text).contains("无法达到的目标", "12.5"); // violation shortfall
  }

  @Test
  void write_twice_sameBytes() throws IOException {
    assertThat(pdf()).isEqualTo(pdf());
  }

  @Test
  void fileName_enterprisePlanVersion_unsafeCharactersReplaced() {
    assertThat(PlanPdf.fileName("某煤业", "基准/方案", 2)).isEqualTo("某煤业-基准_方案-v2.pdf");
  }

  private static byte[] pdf() throws IOException {
    JsonNode result = JsonCodec.mapper().readTree(RESULT);
    JsonNode doc = JsonCodec.mapper().readTree(DOCUMENT);
    return PlanPdf.write(result, doc, "某煤业有限公司", "基准方案", 2);
  }
}
