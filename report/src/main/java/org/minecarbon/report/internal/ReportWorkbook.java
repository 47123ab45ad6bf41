package org.minecarbon.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.inventory.Site;
import org.minecarbon.core.text.Lang;

/**
 * The XLSX report in the layout of the NDRC mining/coal guidelines' reporting template
 * (reference/factors.md §1.6): entity data, the summary of CO2 emissions by source, the fuel,
 * carbonate/carbonation and purchased electricity/heat tables, the coal guideline's mine-gas table,
 * production and intensity, then seed 002 Table 1 and every factor used with its citation.
 */
public final class ReportWorkbook {
  /** Sheet names in order: Chinese and English. */
  public static final List<String> SHEETS_ZH =
      List.of(
          "报告主体基本信息",
          "CO2排放量汇总表",
          "化石燃料燃烧",
          "碳酸盐分解与碳化",
          "净购入电力和热力",
          "井工开采CH4和CO2逃逸",
          "产量与排放强度",
          "碳平衡核算表",
          "排放因子");

  public static final List<String> SHEETS_EN =
      List.of(
          "Reporting entity",
          "Emissions summary",
          "Fuel combustion",
          "Carbonates",
          "Electricity and heat",
          "Mine methane and CO2",
          "Production and intensity",
          "Table 1",
          "Factors");

  private ReportWorkbook() {}

  public static void write(Balance balance, Inventory inventory, Lang lang, OutputStream out)
      throws IOException {
    List<String> names = lang.pick(SHEETS_ZH, SHEETS_EN);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Cells cells = new Cells(wb, lang);
      OverviewSheets overview = new OverviewSheets(cells, balance);
      ActivitySheets activity = new ActivitySheets(cells, balance, inventory);
      overview.entity(wb.createSheet(names.get(0)), inventory);
      overview.summary(wb.createSheet(names.get(1)));
      activity.fuel(wb.createSheet(names.get(2)));
      activity.carbonates(wb.createSheet(names.get(3)));
      activity.energy(wb.createSheet(names.get(4)));
      MineSheets mine = new MineSheets(cells, balance, siteNames(inventory));
      mine.gas(wb.createSheet(names.get(5)));
      mine.production(wb.createSheet(names.get(6)));
      overview.table1(wb.createSheet(names.get(7)));
      activity.factors(wb.createSheet(names.get(8)));
      wb.getProperties()
          .getCoreProperties()
          .getUnderlyingProperties()
          .setCreatedProperty(java.util.Optional.empty());
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      wb.write(bytes);
      out.write(StableBytes.zip(bytes.toByteArray()));
    }
  }

  /** Site id → name (the id when the site has no name). */
  static Map<String, String> siteNames(Inventory inventory) {
    Map<String, String> names = new HashMap<>();
    for (Site s : inventory.sites()) {
      names.put(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name());
    }
    return names;
  }
}
