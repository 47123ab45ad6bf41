package org.minecarbon.io;

import java.io.IOException;
import java.io.OutputStream;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.explain.Explanation;

/** Writers for results: balance result v1 as JSON, CSV and XLSX; explanations as JSON. */
public final class ResultWriters {
  private ResultWriters() {}

  /** Balance result v1 JSON exactly as in the contract (unrounded figures), pretty-printed. */
  public static void balanceJson(Balance balance, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** One CSV line per year × column in the Table 1 layout (UTF-8 with BOM for Excel). */
  public static void balanceCsv(Balance balance, OutputStream out, boolean chinese)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** An XLSX workbook with the Table 1 layout and the breakdowns. */
  public static void balanceXlsx(Balance balance, OutputStream out, boolean chinese)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** An explanation with every line's row, formula, terms and factors (with citations). */
  public static void explanationJson(Explanation explanation, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
