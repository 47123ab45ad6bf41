package org.minecarbon.io;

import java.io.IOException;
import java.io.OutputStream;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.text.Lang;
import org.minecarbon.io.csv.CsvWriter;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.io.result.BalanceJson;
import org.minecarbon.io.result.BalanceTable;
import org.minecarbon.io.result.BalanceWorkbook;
import org.minecarbon.io.result.ExplanationJson;
import tools.jackson.databind.node.ObjectNode;

/** Writers for results: balance result v1 as JSON, CSV and XLSX; explanations as JSON. */
public final class ResultWriters {
  private ResultWriters() {}

  /**
   * Balance result v1 JSON exactly as in the contract (unrounded figures), pretty-printed. After
   * the contract fields each year carries {@code production} (t per product) and, when the year has
   * monthly rows, {@code months}; {@code warnings} lists the calculation's warnings, if any.
   */
  public static void balanceJson(Balance balance, OutputStream out) throws IOException {
    JsonCodec.write(BalanceJson.write(balance), out);
  }

  /** The balance result v1 as a JSON tree (for servers that embed it). */
  public static ObjectNode balanceTree(Balance balance) {
    return BalanceJson.write(balance);
  }

  /** The uncertainty report as a JSON tree ({@code minecarbon/uncertainty@1}). */
  public static ObjectNode uncertaintyTree(
      org.minecarbon.core.uncertainty.UncertaintyReport report) {
    return org.minecarbon.io.result.UncertaintyJson.write(report);
  }

  /** The uncertainty report as pretty-printed UTF-8 JSON. */
  public static void uncertaintyJson(
      org.minecarbon.core.uncertainty.UncertaintyReport report, OutputStream out)
      throws IOException {
    out.write(
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(uncertaintyTree(report)));
  }

  /**
   * Table 1 as CSV, one line per year: year, emissions subtotal and its seven columns, sinks
   * subtotal and its five columns, net, neutral; unrounded tCO2e; headers in Chinese or English;
   * UTF-8 with BOM for Excel.
   */
  public static void balanceCsv(Balance balance, OutputStream out, Lang lang) throws IOException {
    CsvWriter.write(BalanceTable.header(lang), BalanceTable.rows(balance, lang), out);
  }

  /** An XLSX workbook with the Table 1 layout and the breakdowns. */
  public static void balanceXlsx(Balance balance, OutputStream out, Lang lang) throws IOException {
    BalanceWorkbook.write(balance, out, lang);
  }

  /** An explanation with every line's row, formula, terms and factors (with citations). */
  public static void explanationJson(Explanation explanation, OutputStream out) throws IOException {
    JsonCodec.write(ExplanationJson.write(explanation), out);
  }
}
