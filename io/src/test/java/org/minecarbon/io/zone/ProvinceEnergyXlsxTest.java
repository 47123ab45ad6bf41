package org.minecarbon.io.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.IoCodes;
import org.minecarbon.planning.zone.ProvinceEnergy;

/**
 * The XLSX reader of provinces' energy data on workbooks made with Apache POI (cell by cell, no
 * output of this reader copied): {@code province-energy-golden.xlsx} has a sheet 说明 first and the
 * data on sheet 省份能源 — 甲省 2022 (80000, 22000, 10.5 %, 测试数据 A), a blank row 3, 甲省 2023 (81000.25,
 * 23000, 17.5 %, no source), 乙省 2023 with year, production and share typed as text ("2023",
 * "15000", "20"); {@code province-energy-invalid.xlsx} has one problem or more in rows 2, 3, 5 and
 * 6 (listed in the test); {@code province-energy-missing-columns.xlsx} lacks consumption and share.
 */
class ProvinceEnergyXlsxTest {

  private static byte[] file(String name) throws IOException {
    try (InputStream in = ProvinceEnergyXlsxTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static List<ProvinceEnergy> ok(Result<List<ProvinceEnergy>> r) {
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<List<ProvinceEnergy>>) r).value();
  }

  private static List<Issue> err(Result<List<ProvinceEnergy>> r) {
    assertThat(r).isInstanceOf(Result.Err.class);
    return ((Result.Err<List<ProvinceEnergy>>) r).issues();
  }

  @Test
  void read_goldenWorkbook_rowsOfTheNamedSheetSharesAsFractions() throws IOException {
    List<ProvinceEnergy> rows =
        ok(ProvinceEnergyXlsx.read(file("province-energy-golden.xlsx"), "g"));

    assertThat(rows).hasSize(3);
    ProvinceEnergy a = rows.get(0);
    assertThat(a.province()).isEqualTo("甲省");
    assertThat(a.year()).isEqualTo(2022);
    assertThat(a.production()).isEqualTo(80000.0);
    assertThat(a.consumption()).isEqualTo(22000.0);
    // 10.5 % → 0.105
    assertThat(a.newEnergyShare()).isCloseTo(0.105, within(1e-12));
    assertThat(a.source()).isEqualTo("测试数据 A");
    ProvinceEnergy b = rows.get(1);
    assertThat(b.production()).isCloseTo(81000.25, within(1e-9));
    // 17.5 % → 0.175; an empty source cell becomes "-" as in the CSV reader
    assertThat(b.newEnergyShare()).isCloseTo(0.175, within(1e-12));
    assertThat(b.source()).isEqualTo("-");
    ProvinceEnergy c = rows.get(2);
    // numbers typed as text read like numeric cells: "2023", "15000", "20" % → 0.20
    assertThat(c.year()).isEqualTo(2023);
    assertThat(c.production()).isEqualTo(15000.0);
    assertThat(c.newEnergyShare()).isCloseTo(0.20, within(1e-12));
  }

  @Test
  void read_invalidWorkbook_everyProblemWithSheetRowColumn() throws IOException {
    List<Issue> issues = err(ProvinceEnergyXlsx.read(file("province-energy-invalid.xlsx"), "bad"));

    // row 2: province empty (A2), production −5 < 0 (C2); row 3: year "20x3" (B3), share 120 > 100
    // (E3); row 5 repeats 丁省 2023 of row 4 (A5); row 6: consumption "abc" (D6), year 2023.5 (B6)
    assertThat(issues)
        .extracting(Issue::pointer)
        .containsExactly(
            "省份能源!A2", "省份能源!C2", "省份能源!B3", "省份能源!E3", "省份能源!A5", "省份能源!D6", "省份能源!B6");
    assertThat(issues)
        .extracting(Issue::code)
        .containsExactly(
            ProvinceEnergyCsv.BAD_VALUE,
            ProvinceEnergyCsv.BAD_VALUE,
            ProvinceEnergyCsv.BAD_VALUE,
            ProvinceEnergyCsv.BAD_VALUE,
            ProvinceEnergyCsv.DUPLICATE,
            ProvinceEnergyCsv.BAD_VALUE,
            ProvinceEnergyCsv.BAD_VALUE);
    assertThat(issues.get(1).location()).isEqualTo("sheet 省份能源, row 2, column 能源生产量(万吨标准煤)");
    assertThat(issues.get(1).value()).isEqualTo("-5");
    assertThat(issues.get(5).value()).isEqualTo("abc");
  }

  @Test
  void read_missingColumns_eachNamed() throws IOException {
    List<Issue> issues =
        err(ProvinceEnergyXlsx.read(file("province-energy-missing-columns.xlsx"), "m"));

    assertThat(issues)
        .extracting(Issue::pointer)
        .containsExactly("Sheet1!1: consumption_10k_tce", "Sheet1!1: new_energy_share_pct");
    assertThat(issues).allMatch(i -> i.code().equals(ProvinceEnergyCsv.MISSING_COLUMN));
  }

  @Test
  void read_notAWorkbook_unreadable() {
    List<Issue> issues = err(ProvinceEnergyXlsx.read("省份,年份\n".getBytes(), "x.xlsx"));

    assertThat(issues).extracting(Issue::code).containsExactly(IoCodes.UNREADABLE);
  }

  @Test
  void template_readsBackAsItsExampleRows() {
    // the template's two example rows: 示例省 2022 (80000, 22000, 10.5 %), 2023 (82000, 23000, 12 %)
    List<ProvinceEnergy> xlsx = ok(ProvinceEnergyXlsx.read(ProvinceEnergyTemplate.xlsx(), "t"));
    List<ProvinceEnergy> csv =
        ok(
            ProvinceEnergyCsv.read(
                new java.io.ByteArrayInputStream(ProvinceEnergyTemplate.csv()), "t.csv"));

    assertThat(xlsx).isEqualTo(csv);
    assertThat(xlsx).extracting(ProvinceEnergy::year).containsExactly(2022, 2023);
    assertThat(xlsx.get(1).newEnergyShare()).isCloseTo(0.12, within(1e-12));
    assertThat(xlsx.get(0).consumption()).isEqualTo(22000.0);
  }

  /**
   * A share typed as 17.5 into a cell formatted as percent is stored by Excel as 0.175 and shown as
   * 17.5 %: it is read as shown (17.5 % → 0.175), not as 0.175 % (→ 0.00175). Same for 100 % (1.0
   * stored) and a text cell "20%". The workbook is built here with POI, cell by cell.
   */
  @Test
  void read_shareCellFormattedAsPercent_readAsShown() throws IOException {
    byte[] bytes;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(ProvinceEnergyXlsx.SHEET);
      org.apache.poi.ss.usermodel.CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      String[] header = {
        "province",
        "year",
        "production_10k_tce",
        "consumption_10k_tce",
        "new_energy_share_pct",
        "source"
      };
      org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Object[][] data = {{"甲省", 0.175}, {"乙省", 1.0}, {"丙省", "20%"}};
      for (int r = 0; r < data.length; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue((String) data[r][0]);
        row.createCell(1).setCellValue(2023);
        row.createCell(2).setCellValue(1000);
        row.createCell(3).setCellValue(900);
        org.apache.poi.ss.usermodel.Cell share = row.createCell(4);
        if (data[r][1] instanceof Double d) {
          share.setCellValue(d);
          share.setCellStyle(percent);
        } else {
          share.setCellValue((String) data[r][1]);
        }
        row.createCell(5).setCellValue("测试");
      }
      wb.write(out);
      bytes = out.toByteArray();
    }

    List<ProvinceEnergy> rows = ok(ProvinceEnergyXlsx.read(bytes, "percent.xlsx"));

    assertThat(rows)
        .extracting(ProvinceEnergy::newEnergyShare)
        .satisfiesExactly(
            s -> assertThat(s).isCloseTo(0.175, within(1e-12)),
            s -> assertThat(s).isCloseTo(1.0, within(1e-12)),
            s -> assertThat(s).isCloseTo(0.20, within(1e-12)));
  }
}
