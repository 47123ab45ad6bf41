package org.minecarbon.app.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.app.workflow.VerifiedVersion;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.Reports;

/** Reports by the report module over the stored inventory and its balance. */
public class ModuleReportService implements ReportService {
  private final InventoryService inventories;
  private final BalanceService balances;
  private final BenchmarkService benchmarks;

  private final WorkflowService workflow;

  public ModuleReportService(
      InventoryService inventories,
      BalanceService balances,
      BenchmarkService benchmarks,
      WorkflowService workflow) {
    this.inventories = inventories;
    this.balances = balances;
    this.benchmarks = benchmarks;
    this.workflow = workflow;
  }

  @Override
  public byte[] balanceXlsx(long enterpriseId, Locale locale) {
    Inventory inventory = inventories.inventory(enterpriseId);
    Balance balance = balances.balance(enterpriseId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reports.xlsx(balance, inventory, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XLSX report", e);
    }
    return out.toByteArray();
  }

  @Override
  public byte[] analysisPdf(long enterpriseId, Locale locale) {
    return pdf(
        balances.balance(enterpriseId),
        inventories.inventory(enterpriseId),
        benchmarks.list(),
        locale);
  }

  @Override
  public byte[] versionXlsx(long enterpriseId, int year, int version, Locale locale) {
    VerifiedVersion v = workflow.verifiedVersion(enterpriseId, year, version);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reports.xlsx(v.balance(), v.inventory(), locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XLSX report", e);
    }
    return out.toByteArray();
  }

  @Override
  public byte[] versionPdf(long enterpriseId, int year, int version, Locale locale) {
    VerifiedVersion v = workflow.verifiedVersion(enterpriseId, year, version);
    return pdf(v.balance(), v.inventory(), v.benchmarks(), locale);
  }

  private static byte[] pdf(
      Balance balance, Inventory inventory, List<BenchmarkView> benchmarks, Locale locale) {
    List<BenchmarkValue> values =
        benchmarks.stream()
            .filter(b -> b.intensity() > 0 && Double.isFinite(b.intensity()))
            .map(b -> new BenchmarkValue(b.product(), b.year(), b.intensity(), b.sourceNote()))
            .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reports.pdf(balance, inventory, values, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF report", e);
    }
    return out.toByteArray();
  }
}
