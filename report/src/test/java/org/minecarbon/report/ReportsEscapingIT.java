package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;

/**
 * Hostile names in the PDF report come out as the literal text (extracted with PDFBox): markup in
 * an enterprise or site name is never interpreted, and a name that closes table cells does not
 * break the table (the rows after it are still there).
 */
class ReportsEscapingIT {
  static final String SCRIPT = "<script>alert(1)</script> & \"x\" 公司";
  static final String CELL_BREAKER = "</td></tr><tr><td>injected";

  static final String DOC =
      """
      {
        "format": "minecarbon/inventory@1",
        "enterprise": { "name": %s, "industry": "metal" },
        "settings": { "gwp": "SAR", "factorSet": "CN-2015" },
        "sites": [ { "id": "a", "name": %s }, { "id": "b", "name": "after-the-breaker" } ],
        "activities": [
          { "period": "2024", "site": "a", "source": "fuel", "fuel": "diesel", "quantity": 100, "unit": "t", "note": %s }
        ],
        "production": [ { "period": "2024", "site": "a", "product": "ore", "quantity": 10000, "unit": "t" } ]
      }
      """;

  static String quoted(String s) {
    return org.minecarbon.io.json.JsonCodec.mapper().writeValueAsString(s);
  }

  @Test
  void pdf_markupInNames_isRenderedAsLiteralText() throws IOException {
    Balance b =
        Samples.balance(DOC.formatted(quoted(SCRIPT), quoted(CELL_BREAKER), quoted(SCRIPT)));

    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String text = ReportsPdfIT.text(ReportsPdfIT.pdf(b, List.of(), locale));

      assertThat(text).as(locale.toString()).contains(SCRIPT);
      assertThat(text).as(locale.toString()).contains(CELL_BREAKER);
      // the row after the hostile site name is still in the table
      assertThat(text).as(locale.toString()).contains("after-the-breaker");
      assertThat(text).doesNotContain("&amp;", "&lt;", "&quot;");
    }
  }
}
