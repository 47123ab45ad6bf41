package org.minecarbon.io.result;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/**
 * The balance as an XLSX workbook: Table 1 with the paper's grouped headers (碳排放/CO2e over the
 * emission columns, 逃逸 spanning CH4/CO2/其他, 碳汇/CO2 over the sinks), then one sheet per breakdown.
 * Numbers show two decimals but keep their full precision.
 */
public final class BalanceWorkbook {
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Lang lang;
  private final CellStyle number;
  private final CellStyle header;

  private BalanceWorkbook(Lang lang) {
    this.lang = lang;
    number = wb.createCellStyle();
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    header = wb.createCellStyle();
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    var bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  public static void write(Balance balance, OutputStream out, Lang lang) throws IOException {
    BalanceWorkbook w = new BalanceWorkbook(lang);
    try (XSSFWorkbook wb = w.wb) {
      w.table1(balance);
      w.pivot(
          balance,
          "byScope",
          y -> Map.of("scope1", y.totals().scope1(), "scope2", y.totals().scope2()));
      w.pivot(balance, "byGas", BalanceYear::byGas);
      w.pivot(balance, "bySite", BalanceYear::bySite);
      w.pivot(balance, "byStage", BalanceYear::byStage);
      w.pivot(balance, "intensity", BalanceYear::intensity);
      wb.write(out);
    }
  }

  private String t(String chinese, String english) {
    return lang.pick(chinese, english);
  }

  private void table1(Balance balance) {
    Sheet s = wb.createSheet(t("碳平衡核算表", "Table 1"));
    Row r0 = s.createRow(0);
    Row r1 = s.createRow(1);
    Row r2 = s.createRow(2);
    int emissionsEnd = 1 + Column.EMISSIONS.size(); // subtotal + 7 columns
    int sinksEnd = emissionsEnd + 1 + Column.SINKS.size();
    head(r0, 0, t("年份", "Year"));
    head(r0, 1, t("碳排放/CO₂e", "Emissions / tCO2e"));
    head(r0, emissionsEnd + 1, t("碳汇/CO₂", "Sinks / tCO2"));
    head(r0, sinksEnd + 1, t("净排放", "Net"));
    head(r0, sinksEnd + 2, t("碳中和", "Neutral"));
    head(r1, 1, t("小计", "Total"));
    int c = 2;
    for (Column col : Column.EMISSIONS) {
      switch (col) {
        case FUGITIVE_CH4 -> {
          head(r1, c, t("逃逸", "Fugitive"));
          head(r2, c, "CH₄");
        }
        case FUGITIVE_CO2 -> head(r2, c, "CO₂");
        case FUGITIVE_OTHER -> head(r2, c, t("其他", "Other"));
        default -> head(r1, c, lang.label(col));
      }
      c++;
    }
    head(r1, emissionsEnd + 1, t("小计", "Total"));
    for (Column col : Column.SINKS) {
      head(r1, ++c, lang.label(col));
    }
    merges(s, emissionsEnd, sinksEnd);
    int r = 3;
    for (BalanceYear y : balance.years()) {
      values(s.createRow(r++), BalanceTable.row(y, lang));
    }
    s.createFreezePane(1, 3);
    for (int i = 0; i <= sinksEnd + 2; i++) {
      s.setColumnWidth(i, (i == 0 ? 8 : 14) * 256);
    }
  }

  private void merges(Sheet s, int emissionsEnd, int sinksEnd) {
    s.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
    s.addMergedRegion(new CellRangeAddress(0, 0, 1, emissionsEnd));
    s.addMergedRegion(new CellRangeAddress(0, 0, emissionsEnd + 1, sinksEnd));
    s.addMergedRegion(new CellRangeAddress(0, 2, sinksEnd + 1, sinksEnd + 1));
    s.addMergedRegion(new CellRangeAddress(0, 2, sinksEnd + 2, sinksEnd + 2));
    int fugitive = 2 + Column.EMISSIONS.indexOf(Column.FUGITIVE_CH4);
    s.addMergedRegion(new CellRangeAddress(1, 1, fugitive, fugitive + 2));
    for (int c = 1; c <= sinksEnd; c++) {
      boolean inFugitive = c >= fugitive && c <= fugitive + 2;
      if (!inFugitive) {
        s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
      }
    }
  }

  private void head(Row row, int col, String text) {
    var cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(header);
  }

  private void values(Row row, List<?> cells) {
    for (int c = 0; c < cells.size(); c++) {
      var cell = row.createCell(c);
      if (c == 0) {
        cell.setCellValue(((Double) cells.get(c)).intValue());
      } else if (cells.get(c) instanceof Double d) {
        cell.setCellValue(d);
        cell.setCellStyle(number);
      } else {
        cell.setCellValue(String.valueOf(cells.get(c)));
      }
    }
  }

  /** Years down, keys across (the union over all years; a missing key is blank). */
  private void pivot(Balance balance, String name, Function<BalanceYear, Map<String, Double>> f) {
    Sheet s = wb.createSheet(name);
    Set<String> keys = new LinkedHashSet<>();
    balance.years().forEach(y -> keys.addAll(new java.util.TreeMap<>(f.apply(y)).keySet()));
    Row top = s.createRow(0);
    head(top, 0, t("年份", "Year"));
    int c = 1;
    for (String k : keys) {
      head(top, c++, k);
    }
    int r = 1;
    for (BalanceYear y : balance.years()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(y.year());
      Map<String, Double> values = f.apply(y);
      c = 1;
      for (String k : keys) {
        Double v = values.get(k);
        if (v != null) {
          var cell = row.createCell(c);
          cell.setCellValue(v);
          cell.setCellStyle(number);
        }
        c++;
      }
    }
    s.createFreezePane(1, 1);
  }
}
