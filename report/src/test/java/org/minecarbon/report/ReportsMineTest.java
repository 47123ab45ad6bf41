package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.minecarbon.report.ReportsXlsxTest.rowStarting;
import static org.minecarbon.report.ReportsXlsxTest.sheetNames;
import static org.minecarbon.report.ReportsXlsxTest.xlsx;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceYear;
import org.minecarbon.core.calc.Column;
import org.minecarbon.core.text.Lang;

/** The mine-gas and production sheets against {@link CoalSample}'s hand figures and the balance. */
class ReportsMineTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final double TOL = 1e-6;

  /** The data row whose columns 0 and 1 are this period and site name. */
  private static Row row(Sheet s, String period, String site) {
    for (Row r : s) {
      if (r.getCell(1) != null
          && r.getCell(0).toString().equals(period)
          && r.getCell(1).toString().equals(site)) {
        return r;
      }
    }
    throw new AssertionError("no row " + period + " " + site);
  }

  @Test
  void xlsx_coalMine_hasMineGasAndProductionSheets() throws IOException {
    try (XSSFWorkbook wb = xlsx(CoalSample.balance(), ZH)) {
      assertThat(sheetNames(wb)).contains("井工开采CH4和CO2逃逸", "产量与排放强度");
    }
    try (XSSFWorkbook wb = xlsx(CoalSample.balance(), Locale.ENGLISH)) {
      assertThat(sheetNames(wb)).contains("Mine methane and CO2", "Production and intensity");
    }
  }

  @Test
  void methaneSheet_twoRowsOfOneSiteAndMonth_areSummedWithSiteName() throws IOException {
    try (XSSFWorkbook wb = xlsx(CoalSample.balance(), ZH)) {
      Row r = row(wb.getSheet("井工开采CH4和CO2逃逸"), "2024-01", "北井");
      // vent 100 + 5, drain 50, flared 10, utilized 20, net 125, ρ 7.17, 896.25 t, GWP 21
      double[] expected = {105, 50, 10, 20, 125, 7.17, 896.25, 21, 18_821.25};
      for (int i = 0; i < expected.length; i++) {
        assertThat(r.getCell(2 + i).getNumericCellValue()).isCloseTo(expected[i], within(TOL));
      }
    }
  }

  @Test
  void methaneSheet_totalsEqualTheBalanceFugitiveColumns() throws IOException {
    Balance b = CoalSample.balance();
    BalanceYear y = b.years().getFirst();
    try (XSSFWorkbook wb = xlsx(b, ZH)) {
      Sheet s = wb.getSheet("井工开采CH4和CO2逃逸");
      double methane = 0;
      double co2 = 0;
      boolean second = false;
      for (Row r : s) {
        if (r.getCell(0) != null && r.getCell(0).toString().equals("合计 2024")) {
          double v = r.getCell(r.getLastCellNum() - 1).getNumericCellValue();
          if (second) {
            co2 = v;
          } else {
            methane = v;
            second = true;
          }
        }
      }
      // 18,821.25 + 18,068.4 + 1,505.7 = 38,395.35 (the only CH4 source); CO2 25 × 19.77
      assertThat(methane).isCloseTo(38_395.35, within(TOL));
      assertThat(methane).isCloseTo(y.totals().get(Column.FUGITIVE_CH4), within(TOL));
      assertThat(co2).isCloseTo(494.25, within(TOL));
      assertThat(co2).isCloseTo(y.totals().get(Column.FUGITIVE_CO2), within(TOL));
    }
  }

  @Test
  void productionSheet_rawCoal_inChineseWithIntensityOfTheBalance() throws IOException {
    Balance b = CoalSample.balance();
    try (XSSFWorkbook wb = xlsx(b, ZH)) {
      Row r = wb.getSheet("产量与排放强度").getRow(3);
      assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(2024);
      assertThat(r.getCell(1).getStringCellValue()).isEqualTo("原煤");
      assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(100_000);
      // 39,204.112249 tCO2e / 100,000 t
      assertThat(r.getCell(3).getNumericCellValue()).isCloseTo(39_204.112249, within(1e-5));
      assertThat(r.getCell(4).getNumericCellValue()).isCloseTo(0.39204112249, within(1e-9));
      assertThat(r.getCell(4).getNumericCellValue())
          .isCloseTo(b.years().getFirst().intensity().get("raw-coal"), within(1e-12));
    }
  }

  @Test
  void entitySheet_commodityInChinese() throws IOException {
    try (XSSFWorkbook wb = xlsx(CoalSample.balance(), ZH)) {
      Row r = rowStarting(wb.getSheet("报告主体基本信息"), "north");
      assertThat(r.getCell(3).getStringCellValue()).isEqualTo("煤炭");
    }
  }

  @Test
  void fileName_verifiedAndDraft_fromEnterpriseYearAndVersion() {
    Lang zh = Lang.of(ZH);
    assertThat(ReportFiles.name("示例煤业", "2024", 2, "pdf", zh)).isEqualTo("示例煤业-2024-v2-核证.pdf");
    assertThat(ReportFiles.name("示例煤业", "2023-2024", 0, "xlsx", zh))
        .isEqualTo("示例煤业-2023-2024-草稿.xlsx");
    assertThat(ReportFiles.name("A/B: mine", "2024", 1, "pdf", Lang.of(Locale.ENGLISH)))
        .isEqualTo("A_B_ mine-2024-v1-verified.pdf");
  }
}
