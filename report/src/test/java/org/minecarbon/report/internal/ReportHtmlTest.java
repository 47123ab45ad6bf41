package org.minecarbon.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.ReportStamp;
import org.minecarbon.report.Samples;

class ReportHtmlTest {
  private static final Lang ZH = Lang.of(Locale.CHINA);
  private static final Lang EN = Lang.of(Locale.ENGLISH);

  static String html(Balance b, Lang lang, List<BenchmarkValue> benchmarks) {
    return ReportHtml.build(b, b.calculation().inventory(), benchmarks, ReportStamp.draft(), lang);
  }

  @Test
  void escape_markupAndControlCharacters_areNeutralised() {
    assertThat(Html.escape("<b>\"a\" & 'b'</b>"))
        .isEqualTo("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
    assertThat(Html.escape("a\u0001b\u0000c\uFFFEd\ud800e")).isEqualTo("abcde");
    assertThat(Html.escape("碳\t汇\n")).isEqualTo("碳\t汇\n");
  }

  @Test
  void build_userTextWithMarkup_isEscapedAndDocumentParses() throws Exception {
    Balance b = Samples.small();
    String html = html(b, ZH, List.of());

    // creditCode "<b>山西</b> & co" from Samples.SMALL
    assertThat(html).contains("&lt;b&gt;山西&lt;/b&gt; &amp; co").doesNotContain("<b>山西");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getElementsByTagName("img").getLength()).isEqualTo(3);
  }

  @Test
  void build_controlCharacterInName_stillParses() throws Exception {
    String json = Samples.SMALL.replace("=HYPERLINK", "bad\\u0001name");
    String html = html(Samples.balance(json), ZH, List.of());

    assertThat(html).contains("badname");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void build_englishAndChinese_sectionTitles() {
    Balance b = Samples.small();
    assertThat(html(b, ZH, List.of()))
        .contains("碳平衡分析报告", "一、企业基本信息", "二、碳平衡核算表", "七、改进方向", "化石燃料燃烧");
    assertThat(html(b, EN, List.of()))
        .contains("Carbon balance analysis report", "2. Carbon balance", "Fuel combustion")
        .doesNotContain("化石燃料燃烧");
  }

  @Test
  void build_trend_showsYearOnYearChange() {
    // emissions 2023 = 314.512249, 2024 = 1509.967999: change = +380.1%
    assertThat(html(Samples.small(), EN, List.of())).contains("+380.1%");
  }

  @Test
  void gaps_benchmarkForProductAndYear_givesRelativeGap() {
    Balance b = Samples.small();
    List<Analysis.Gap> gaps =
        Analysis.gaps(
            b,
            List.of(
                new BenchmarkValue("ORE", null, 0.1, "assoc."),
                new BenchmarkValue("ore", 2023, 0.1, "no production in 2023"),
                new BenchmarkValue("coal", null, 0.1, "no such product")));

    assertThat(gaps).hasSize(1);
    Analysis.Gap g = gaps.getFirst();
    // intensity = 1509.967999 / 10000 t = 0.1509968; gap = (0.1509968 − 0.1) / 0.1 = +50.9968%
    assertThat(g.actual()).isCloseTo(0.1509968, within(1e-7));
    assertThat(g.gap()).isCloseTo(50.99680, within(1e-4));
    assertThat(html(b, ZH, List.of(new BenchmarkValue("ore", 2024, 0.1, "assoc."))))
        .contains("+51.0%", "assoc.");
  }

  @Test
  void largest_sortedByCo2eWithinYear() {
    List<Analysis.SourceTotal> top = Analysis.largest(Samples.small(), 2024, 3);
    // 629.02 (diesel) > 450 (power) > 375.94 (kiln); sinks never appear
    assertThat(top)
        .extracting(Analysis.SourceTotal::source)
        .containsExactly("fuel", "electricity", "carbonate");
  }
}
