package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;

/**
 * Issue 11: a verifier hashes a verified report and must get the same hash when fetching it again.
 * Two renders of the same balance, a little time apart (so that a clock in the file would differ),
 * are byte-identical; different content still gives different bytes.
 */
class ReportsStableBytesIT {

  private static byte[] xlsx(Balance b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.xlsx(b, b.calculation().inventory(), Locale.SIMPLIFIED_CHINESE, out);
    return out.toByteArray();
  }

  @Test
  void xlsxAndPdf_renderedTwice_sameBytes() throws Exception {
    Balance coal = Samples.example("coal-mine.json");

    byte[] xlsx1 = xlsx(coal);
    byte[] pdf1 = ReportsPdfIT.pdf(coal, List.of(), Locale.SIMPLIFIED_CHINESE);
    Thread.sleep(2100); // zip times have 2-second resolution
    byte[] xlsx2 = xlsx(coal);
    byte[] pdf2 = ReportsPdfIT.pdf(coal, List.of(), Locale.SIMPLIFIED_CHINESE);

    assertThat(xlsx2).isEqualTo(xlsx1);
    assertThat(pdf2).isEqualTo(pdf1);
    assertThat(ReportsPdfIT.text(pdf2)).isEqualTo(ReportsPdfIT.text(pdf1)).isNotBlank();
    assertThat(xlsx(Samples.example("metal-mine.json"))).isNotEqualTo(xlsx1);
  }
}
