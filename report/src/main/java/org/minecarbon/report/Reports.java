package org.minecarbon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.internal.PdfReport;
import org.minecarbon.report.internal.ReportWorkbook;

/**
 * The reports of a computed balance. Chinese by default; English when the locale's language is
 * English ({@link Locale#ENGLISH}). Every figure comes from the balance and its calculation lines.
 */
public final class Reports {
  private Reports() {}

  /**
   * The XLSX report in the NDRC guideline template's layout: 报告主体基本信息, 报告主体CO2排放量汇总表, the
   * fuel-combustion table (activity, NCV, carbon content, oxidation, emissions), the carbonate
   * decomposition/carbonation table, the net purchased electricity and heat table, seed 002 Table 1
   * and the factors with their citations. User text is written as literal text (never a formula).
   */
  public static void xlsx(Balance balance, Inventory inventory, Locale locale, OutputStream out)
      throws IOException {
    ReportWorkbook.write(balance, inventory, Lang.of(locale), out);
  }

  /**
   * The PDF report of unverified data: {@link #pdf(Balance, Inventory, List, ReportStamp, Locale,
   * OutputStream)} with {@link ReportStamp#draft()}.
   */
  public static void pdf(
      Balance balance,
      Inventory inventory,
      List<BenchmarkValue> benchmarks,
      Locale locale,
      OutputStream out)
      throws IOException {
    pdf(balance, inventory, benchmarks, ReportStamp.draft(), locale, out);
  }

  /**
   * The PDF "碳平衡分析报告" (carbon balance analysis report, seed 002 §3.1): entity data, the balance
   * table per year, charts, the largest sources with their formulas, the trend across years, the
   * gap to the benchmarks and improvement directions derived from the figures. Fonts are bundled,
   * so Chinese renders on any machine. A verified version is stamped (status, version, verifier,
   * time, snapshot SHA-256); a draft carries a 草稿 / DRAFT watermark on every page.
   */
  public static void pdf(
      Balance balance,
      Inventory inventory,
      List<BenchmarkValue> benchmarks,
      ReportStamp stamp,
      Locale locale,
      OutputStream out)
      throws IOException {
    PdfReport.write(balance, inventory, benchmarks, stamp, Lang.of(locale), out);
  }

  /**
   * A source's calculation formula in words in the language ({@code report/formulas.csv}, cited to
   * docs/methodology.md), or the engine's formula when the file has none: what the PDF prints and
   * the explain panels show.
   */
  public static String formula(String source, String engineFormula, Lang lang) {
    return org.minecarbon.report.internal.Texts.formula(source, engineFormula, lang);
  }
}
