package org.minecarbon.app.report;

import java.util.Locale;

/** The report module's documents for an enterprise (Chinese unless the locale is English). */
public interface ReportService {

  /** The XLSX report (guideline template layout, Table 1, factors with citations). */
  byte[] balanceXlsx(long enterpriseId, Locale locale);

  /** The PDF carbon balance analysis report, compared against the stored benchmarks. */
  byte[] analysisPdf(long enterpriseId, Locale locale);
}
