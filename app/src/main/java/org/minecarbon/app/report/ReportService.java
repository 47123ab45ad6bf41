package org.minecarbon.app.report;

import java.util.Locale;

/** The report module's documents for an enterprise (Chinese unless the locale is English). */
public interface ReportService {

  /** The XLSX report (guideline template layout, Table 1, factors with citations). */
  byte[] balanceXlsx(long enterpriseId, Locale locale);

  /** The PDF carbon balance analysis report, compared against the stored benchmarks. */
  byte[] analysisPdf(long enterpriseId, Locale locale);

  /** The XLSX report of a verified version, from its snapshot. */
  byte[] versionXlsx(long enterpriseId, int year, int version, Locale locale);

  /**
   * The PDF analysis report of a verified version, from its snapshot and the benchmarks and factor
   * sets as frozen at its verification: a later change of the catalog does not change it.
   */
  byte[] versionPdf(long enterpriseId, int year, int version, Locale locale);
}
