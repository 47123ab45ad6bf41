package org.minecarbon.app.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.balance.BalanceService;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.app.benchmark.BenchmarkView;
import org.minecarbon.app.inventory.InventoryService;
import org.minecarbon.app.report.ReportFile;
import org.minecarbon.app.report.ReportService;
import org.minecarbon.app.workflow.VerifiedVersion;
import org.minecarbon.app.workflow.WorkflowService;
import org.minecarbon.app.workflow.YearStatus;
import org.minecarbon.app.workflow.YearVersionView;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.text.Lang;
import org.minecarbon.report.BenchmarkValue;
import org.minecarbon.report.ReportFiles;
import org.minecarbon.report.ReportStamp;
import org.minecarbon.report.Reports;

/** Reports by the report module over the stored inventory and its balance. */
public class ModuleReportService implements ReportService {
  /** The zone verification times are printed in (the app has no per-enterprise zone). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
  public ReportFile balanceXlsx(long enterpriseId, Locale locale) {
    Inventory inventory = inventories.inventory(enterpriseId);
    Balance balance = balances.balance(enterpriseId);
    byte[] bytes = xlsx(balance, inventory, locale);
    return new ReportFile(draftName(inventory, balance, "xlsx", locale), bytes);
  }

  @Override
  public ReportFile analysisPdf(long enterpriseId, Locale locale) {
    Inventory inventory = inventories.inventory(enterpriseId);
    Balance balance = balances.balance(enterpriseId);
    ReportStamp stamp = ReportStamp.draft();
    if (!balance.years().isEmpty()) {
      YearStatus s = workflow.status(enterpriseId, balance.years().getLast().year());
      stamp = new ReportStamp.Draft(s.status(), s.version());
    }
    byte[] bytes = pdf(balance, inventory, benchmarks.list(), stamp, locale);
    return new ReportFile(draftName(inventory, balance, "pdf", locale), bytes);
  }

  @Override
  public ReportFile versionXlsx(long enterpriseId, int year, int version, Locale locale) {
    VerifiedVersion v = workflow.verifiedVersion(enterpriseId, year, version);
    byte[] bytes = xlsx(v.balance(), v.inventory(), locale);
    return new ReportFile(versionName(v.inventory(), year, version, "xlsx", locale), bytes);
  }

  @Override
  public ReportFile versionPdf(long enterpriseId, int year, int version, Locale locale) {
    VerifiedVersion v = workflow.verifiedVersion(enterpriseId, year, version);
    YearVersionView view =
        workflow.versions(enterpriseId, year).stream()
            .filter(x -> x.version() == version)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("verified version", year + " v" + version));
    ReportStamp stamp =
        new ReportStamp.Verified(
            year, version, view.verifiedBy(), view.verifiedAt(), view.snapshotSha256(), ZONE);
    byte[] bytes = pdf(v.balance(), v.inventory(), v.benchmarks(), stamp, locale);
    return new ReportFile(versionName(v.inventory(), year, version, "pdf", locale), bytes);
  }

  private static String draftName(Inventory inv, Balance balance, String ext, Locale locale) {
    List<BalanceYear> ys = balance.years();
    String years =
        ys.isEmpty()
            ? "0"
            : ys.getFirst().year() == ys.getLast().year()
                ? "" + ys.getFirst().year()
                : ys.getFirst().year() + "-" + ys.getLast().year();
    return ReportFiles.name(inv.enterprise().name(), years, 0, ext, Lang.of(locale));
  }

  private static String versionName(
      Inventory inv, int year, int version, String ext, Locale locale) {
    return ReportFiles.name(inv.enterprise().name(), "" + year, version, ext, Lang.of(locale));
  }

  private static byte[] xlsx(Balance balance, Inventory inventory, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reports.xlsx(balance, inventory, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the XLSX report", e);
    }
    return out.toByteArray();
  }

  private static byte[] pdf(
      Balance balance,
      Inventory inventory,
      List<BenchmarkView> benchmarks,
      ReportStamp stamp,
      Locale locale) {
    List<BenchmarkValue> values =
        benchmarks.stream()
            .filter(b -> b.intensity() > 0 && Double.isFinite(b.intensity()))
            .map(b -> new BenchmarkValue(b.product(), b.year(), b.intensity(), b.sourceNote()))
            .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reports.pdf(balance, inventory, values, stamp, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF report", e);
    }
    return out.toByteArray();
  }
}
