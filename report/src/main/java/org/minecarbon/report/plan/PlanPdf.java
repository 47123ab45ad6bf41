package org.minecarbon.report.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.minecarbon.report.internal.PdfReport;
import org.minecarbon.report.internal.PlanHtml;
import tools.jackson.databind.JsonNode;

/**
 * A plan result as a PDF (issue 13): rendered like the balance report (OpenHTMLtoPDF, bundled CJK
 * font) and with the same stable bytes (no dates, trailer ID from the content), so the same result
 * gives the same file.
 */
public final class PlanPdf {
  private PlanPdf() {}

  /**
   * @param result a plan result v1
   * @param document the plan document it was computed from (targets, measure names, citations)
   */
  public static byte[] write(
      JsonNode result, JsonNode document, String enterprise, String plan, int version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfReport.render(PlanHtml.build(result, document, enterprise, plan, version), out, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The download name: enterprise, plan and version, with characters a file system refuses replaced
   * ({@code 某煤业-基准方案-v2.pdf}).
   */
  public static String fileName(String enterprise, String plan, int version) {
    String raw = enterprise + "-" + plan + "-v" + version;
    return raw.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".pdf";
  }
}
