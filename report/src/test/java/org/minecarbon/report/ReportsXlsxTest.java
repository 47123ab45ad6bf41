package org.minecarbon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.Totals;
import org.minecarbon.core.calc.Column;

class ReportsXlsxTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static XSSFWorkbook xlsx(Balance b, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.xlsx(b, b.calculation().inventory(), locale, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** The first row whose column 0 has this text. */
  static Row rowStarting(Sheet s, String text) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row '" + text + "' in " + s.getSheetName());
  }

  @Test
  void xlsx_chinese_hasGuidelineSheetsInOrder() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      assertThat(sheetNames(wb))
          .containsExactly(
              "报告主体基本信息",
              "CO2排放量汇总表",
              "化石燃料燃烧",
              "碳酸盐分解与碳化",
              "净购入电力和热力",
              "井工开采CH4和CO2逃逸",
              "产量与排放强度",
              "碳平衡核算表",
              "排放因子");
      assertThat(wb.getSheetAt(2).getRow(2).getCell(6).getStringCellValue()).isEqualTo("低位发热量");
    }
  }

  @Test
  void xlsx_english_hasEnglishSheetsAndHeaders() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), Locale.ENGLISH)) {
      assertThat(sheetNames(wb))
          .containsExactly(
              "Reporting entity",
              "Emissions summary",
              "Fuel combustion",
              "Carbonates",
              "Electricity and heat",
              "Mine methane and CO2",
              "Production and intensity",
              "Table 1",
              "Factors");
      assertThat(wb.getSheetAt(2).getRow(2).getCell(6).getStringCellValue()).isEqualTo("NCV");
      rowStarting(wb.getSheetAt(1), "Fuel combustion");
    }
  }

  @Test
  void xlsx_summary_equalsBalanceTotalsPerYear() throws IOException {
    Balance b = Samples.small();
    try (XSSFWorkbook wb = xlsx(b, ZH)) {
      Sheet s = wb.getSheet("CO2排放量汇总表");
      assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2023");
      assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("2024");
      Totals t24 = b.year(2024).orElseThrow().totals();
      // 2024 fuel: 200 × 43.33 × 0.0202 × 0.98 × 44/12 = 629.024499 (Samples.SMALL)
      assertThat(rowStarting(s, "化石燃料燃烧").getCell(2).getNumericCellValue())
          .isCloseTo(629.024499, within(1e-5));
      assertThat(rowStarting(s, "碳排放合计").getCell(2).getNumericCellValue())
          .isCloseTo(1509.967999, within(1e-5))
          .isCloseTo(t24.emissionsTotal(), within(1e-9));
      assertThat(rowStarting(s, "碳化").getCell(2).getNumericCellValue())
          .isCloseTo(21.985, within(1e-9));
      assertThat(rowStarting(s, "净排放").getCell(2).getNumericCellValue())
          .isCloseTo(t24.net(), within(1e-9));
      // 2023 only the diesel row: 100 × 43.33 × 0.0202 × 0.98 × 44/12 = 314.512249
      assertThat(rowStarting(s, "碳排放合计").getCell(1).getNumericCellValue())
          .isCloseTo(314.512249, within(1e-5));
    }
  }

  @Test
  void xlsx_fuelTable_valuesAreTheLineFactors() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      Row r = rowStarting(wb.getSheet("化石燃料燃烧"), "diesel-2024");
      assertThat(r.getCell(1).getStringCellValue()).isEqualTo("2024");
      assertThat(r.getCell(3).getStringCellValue()).isEqualTo("柴油");
      assertThat(r.getCell(4).getNumericCellValue()).isCloseTo(200, within(1e-12));
      assertThat(r.getCell(5).getStringCellValue()).isEqualTo("t");
      assertThat(r.getCell(6).getNumericCellValue()).isCloseTo(43.33, within(1e-12));
      assertThat(r.getCell(7).getStringCellValue()).isEqualTo("GJ/t");
      assertThat(r.getCell(8).getNumericCellValue()).isCloseTo(0.0202, within(1e-12));
      assertThat(r.getCell(9).getNumericCellValue()).isCloseTo(0.98, within(1e-12));
      // 200 × 43.33 × 0.0202 × 0.98 × 44/12
      assertThat(r.getCell(10).getNumericCellValue())
          .isCloseTo(200 * 43.33 * 0.0202 * 0.98 * 44 / 12, within(1e-9));
    }
  }

  @Test
  void xlsx_energyTable_purchasedExportedNetAndFactor() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      Sheet s = wb.getSheet("净购入电力和热力");
      Row power = rowStarting(s, "power-2024");
      assertThat(power.getCell(4).getNumericCellValue()).isCloseTo(1000, within(1e-9));
      assertThat(power.getCell(5).getNumericCellValue()).isCloseTo(100, within(1e-9));
      assertThat(power.getCell(6).getNumericCellValue()).isCloseTo(900, within(1e-9));
      assertThat(power.getCell(8).getNumericCellValue()).isCloseTo(0.5, within(1e-12));
      // (1000 − 100) × 0.5 = 450
      assertThat(power.getCell(10).getNumericCellValue()).isCloseTo(450, within(1e-9));
      assertThat(power.getCell(11).getStringCellValue()).isEqualTo("row:/activities/2/gridFactor");
      Row heat = rowStarting(s, "heat-2024");
      // 500 GJ × 0.11 tCO2/GJ = 55
      assertThat(heat.getCell(10).getNumericCellValue()).isCloseTo(55, within(1e-9));
      assertThat(heat.getCell(11).getStringCellValue()).isEqualTo("CN-2015:heat.ef");
      assertThat(heat.getCell(12).getStringCellValue()).contains("GB/T 32150");
    }
  }

  @Test
  void xlsx_carbonateTable_emissionAndAbsorption() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      Sheet s = wb.getSheet("碳酸盐分解与碳化");
      Row kiln = rowStarting(s, "kiln-2024");
      assertThat(kiln.getCell(4).getStringCellValue()).isEqualTo("CaCO3");
      assertThat(kiln.getCell(5).getNumericCellValue()).isCloseTo(1000, within(1e-9));
      assertThat(kiln.getCell(6).getNumericCellValue()).isCloseTo(0.95, within(1e-12));
      assertThat(kiln.getCell(7).getNumericCellValue()).isCloseTo(0.9, within(1e-12));
      assertThat(kiln.getCell(8).getNumericCellValue()).isCloseTo(0.4397, within(1e-12));
      // 1000 × 0.95 × 0.9 × 0.4397 = 375.9435
      assertThat(kiln.getCell(9).getNumericCellValue()).isCloseTo(375.9435, within(1e-9));
      Row carb = rowStarting(s, "carb-2024");
      assertThat(carb.getCell(3).getStringCellValue()).isEqualTo("碳化吸收");
      assertThat(carb.getCell(6)).isNull(); // no decomposition rate for a product
      // 100 × 0.5 × 0.4397 = 21.985
      assertThat(carb.getCell(9).getNumericCellValue()).isCloseTo(21.985, within(1e-9));
    }
  }

  @Test
  void xlsx_table1_rowsEqualTheBalance() throws IOException {
    Balance b = Samples.small();
    try (XSSFWorkbook wb = xlsx(b, ZH)) {
      Sheet s = wb.getSheet("碳平衡核算表");
      Row r = s.getRow(4); // header rows 0-2, then 2023, 2024
      Totals t = b.year(2024).orElseThrow().totals();
      assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(2024);
      assertThat(r.getCell(1).getNumericCellValue()).isCloseTo(t.emissionsTotal(), within(1e-9));
      assertThat(r.getCell(2).getNumericCellValue()).isCloseTo(t.get(Column.FUEL), within(1e-9));
      assertThat(r.getCell(10).getNumericCellValue())
          .isCloseTo(t.get(Column.CARBONATION), within(1e-9));
      assertThat(r.getCell(15).getNumericCellValue()).isCloseTo(t.net(), within(1e-9));
      assertThat(s.getRow(0).getCell(15).getStringCellValue()).isEqualTo("净排放");
    }
  }

  @Test
  void xlsx_factorsSheet_listsEveryFactorOnceWithCitation() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      Sheet s = wb.getSheet("排放因子");
      List<String> ids = new ArrayList<>();
      for (int i = 3; i <= s.getLastRowNum(); i++) {
        ids.add(s.getRow(i).getCell(4).getStringCellValue());
      }
      // diesel NCV/CC/OF (shared by both diesel rows), the grid override, heat EF, CaCO3 EF
      assertThat(ids)
          .containsExactlyInAnyOrder(
              "CN-2015:fuel.diesel.ncv",
              "CN-2015:fuel.diesel.cc",
              "CN-2015:fuel.diesel.of",
              "row:/activities/2/gridFactor",
              "CN-2015:heat.ef",
              "CN-2015:carbonate.CaCO3.ef");
      Row ncv = rowStarting(s, "NCV");
      assertThat(ncv.getCell(1).getNumericCellValue()).isCloseTo(43.33, within(1e-12));
      assertThat(ncv.getCell(5).getStringCellValue()).isNotBlank();
      assertThat(ncv.getCell(6).getStringCellValue()).startsWith("[I]");
    }
  }

  @Test
  void xlsx_userTextLikeFormula_isWrittenAsQuotedLiteral() throws IOException {
    try (XSSFWorkbook wb = xlsx(Samples.small(), ZH)) {
      Cell name = wb.getSheet("报告主体基本信息").getRow(2).getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
      Cell site = rowStarting(wb.getSheet("报告主体基本信息"), "main").getCell(1);
      assertThat(site.getStringCellValue()).startsWith("+cmd");
      assertThat(site.getCellStyle().getQuotePrefixed()).isTrue();
      Cell id = rowStarting(wb.getSheet("化石燃料燃烧"), "@SUM(1+1)").getCell(0);
      assertThat(id.getCellStyle().getQuotePrefixed()).isTrue();
      Cell plain = rowStarting(wb.getSheet("化石燃料燃烧"), "diesel-2024").getCell(0);
      assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
      wb.forEach(
          s ->
              s.forEach(
                  r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA))));
    }
  }

  @Test
  void xlsx_examples_activityTablesAddUpToTheirColumns() throws IOException {
    for (String example : List.of("coal-mine.json", "metal-mine.json")) {
      Balance b = Samples.example(example);
      try (XSSFWorkbook wb = xlsx(b, ZH)) {
        Sheet fuel = wb.getSheet("化石燃料燃烧");
        for (var y : b.years()) {
          double sum = 0;
          for (Row r : fuel) {
            Cell period = r.getCell(1);
            if (r.getRowNum() > 2
                && period != null
                && period.getStringCellValue().startsWith("" + y.year())) {
              sum += r.getCell(10).getNumericCellValue();
            }
          }
          // itemised fuel rows + measured/mass-balance rows of the column = the column total
          assertThat(sum)
              .as(example + " " + y.year())
              .isCloseTo(y.totals().get(Column.FUEL), within(1e-6));
        }
      }
    }
  }

  @Test
  void reports_sinksOnlyNoEmissions_writeEmptyTablesWithoutFailing() throws IOException {
    // zero emissions: no shares, no largest source, an empty donut
    Balance empty =
        Samples.balance(
            """
            {"format": "minecarbon/inventory@1", "enterprise": {"name": "空矿"},
             "sites": [{"id": "m"}], "activities": [],
             "sinks": [{"period": "2024", "sink": "utilization", "quantity": 10, "unit": "t"}]}
            """);
    try (XSSFWorkbook wb = xlsx(empty, ZH)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(9);
      Sheet fuel = wb.getSheet("化石燃料燃烧");
      assertThat(fuel.getRow(3)).isNull(); // no itemised row, a blank line, then the year total
      assertThat(rowStarting(fuel, "合计 2024").getCell(10).getNumericCellValue()).isZero();
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Reports.pdf(empty, empty.calculation().inventory(), List.of(), Locale.ENGLISH, pdf);
    assertThat(pdf.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
  }
}
