package org.minecarbon.app.report;

import java.util.Locale;

/**
 * The report module's documents for an enterprise (Chinese unless the locale is English), each with
 * its file name from the enterprise name, year(s) and version. The live data's reports are drafts
 * (the PDF carries a 草稿/DRAFT watermark); a verified version's PDF is stamped with status, version,
 * verifier, time (Asia/Shanghai) and the SHA-256 of its snapshot.
 */
public interface ReportService {

  /** The XLSX report (guideline template layout, mine gas, production, Table 1, factors). */
  ReportFile balanceXlsx(long enterpriseId, Locale locale);

  /** The PDF carbon balance analysis report of the live data, compared with the benchmarks. */
  ReportFile analysisPdf(long enterpriseId, Locale locale);

  /** The XLSX report of a verified version, from its snapshot. */
  ReportFile versionXlsx(long enterpriseId, int year, int version, Locale locale);

  /**
   * The PDF analysis report of a verified version, from its snapshot and the benchmarks and factor
   * sets as frozen at its verification: a later change of the catalog does not change it.
   */
  ReportFile versionPdf(long enterpriseId, int year, int version, Locale locale);
}
