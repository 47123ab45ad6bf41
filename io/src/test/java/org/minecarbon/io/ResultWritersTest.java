package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.text.Lang;
import org.minecarbon.io.json.JsonCodec;
import org.minecarbon.testkit.Golden;
import tools.jackson.databind.JsonNode;

class ResultWritersTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/minecarbon/io");

  private static String balanceJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceJson(Balances.balance(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void balanceJson_handBuiltBalance_matchesGoldenFile() throws IOException {
    // Figures derived in Balances.balance(): 2024 total 3710.25, sinks 1980, net 1730.25.
    Golden.assertMatches(GOLDEN.resolve("balance.golden.json"), balanceJson());
  }

  @Test
  void balanceJson_fieldsInContractOrder_thenExtensions() throws IOException {
    JsonNode year = JsonCodec.mapper().readTree(balanceJson()).get("years").get(0);
    assertThat(year.propertyNames())
        .containsExactly(
            "year",
            "emissions",
            "sinks",
            "net",
            "neutral",
            "byScope",
            "byGas",
            "bySite",
            "byStage",
            "intensity",
            "energy",
            "production");
    assertThat(year.get("emissions").propertyNames())
        .containsExactly(
            "fuel",
            "carbonate",
            "fugitiveCH4",
            "fugitiveCO2",
            "fugitiveOther",
            "electricity",
            "heat",
            "total");
    assertThat(year.get("sinks").propertyNames())
        .containsExactly(
            "carbonation",
            "utilization",
            "storage",
            "vegetation",
            "allowance",
            "removals",
            "market",
            "total");
    assertThat(year.get("net").doubleValue()).isCloseTo(1730.25, within(1e-9));
    assertThat(year.get("intensity").get("raw-coal").doubleValue())
        .isCloseTo(3710.25 / 3.0e6, within(1e-15));
  }

  @Test
  void balanceJson_monthsOnlyForMonthlyYears_warningsAtTop() throws IOException {
    JsonNode root = JsonCodec.mapper().readTree(balanceJson());
    assertThat(root.get("years").get(0).has("months")).isFalse();
    JsonNode months = root.get("years").get(1).get("months");
    assertThat(months).hasSize(2);
    assertThat(months.get(1).get("period").stringValue()).isEqualTo("2025-02");
    // February: fuel 5 − utilization 20 = −15
    assertThat(months.get(1).get("net").doubleValue()).isCloseTo(-15, within(1e-12));
    assertThat(root.get("warnings").get(0).get("code").stringValue())
        .isEqualTo("GRID_YEAR_FALLBACK");
  }

  @Test
  void balanceCsv_chineseTable1_matchesGoldenFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceCsv(Balances.balance(), out, Lang.ZH);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    Golden.assertMatches(
        GOLDEN.resolve("balance-zh.golden.csv"), new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void balanceCsv_english_headerAndOneLinePerYear() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceCsv(Balances.balance(), out, Lang.EN);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("\uFEFFYear,Emissions total,Fuel combustion");
    // 2024: total 3710.25 … net 1730.25, not neutral
    assertThat(lines.get(1)).startsWith("2024,3710.25,1000,0,2100,").endsWith(",1730.25,false");
    assertThat(lines.get(2)).endsWith(",-5,true");
  }

  @Test
  void balanceXlsx_table1HeadersMergedAndValuesFullPrecision() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.balanceXlsx(Balances.balance(), out, Lang.ZH);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("碳平衡核算表");
      Sheet t = wb.getSheetAt(0);
      assertThat(t.getRow(0).getCell(1).getStringCellValue()).isEqualTo("碳排放/CO₂e");
      assertThat(t.getRow(1).getCell(4).getStringCellValue()).isEqualTo("逃逸");
      assertThat(t.getRow(2).getCell(4).getStringCellValue()).isEqualTo("CH₄");
      assertThat(t.getRow(2).getCell(6).getStringCellValue()).isEqualTo("其他");
      assertThat(t.getMergedRegions())
          .anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("E2:G2"));
      assertThat(t.getRow(3).getCell(1).getNumericCellValue()).isCloseTo(3710.25, within(1e-12));
      assertThat(t.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(wb.getSheet("byGas").getRow(0).getCell(1).getStringCellValue()).isEqualTo("CH4");
      for (String name : List.of("byScope", "byGas", "bySite", "byStage", "intensity")) {
        assertThat(wb.getSheet(name)).as(name).isNotNull();
      }
    }
  }

  @Test
  void explanationJson_lineWithTermsAndFactorProvenance() throws IOException {
    CalcLine line = Balances.fuelLine();
    Explanation e = new Explanation("2024 fuel", 2024, "fuel", line.co2e(), List.of(line));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultWriters.explanationJson(e, out);
    JsonNode root = JsonCodec.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(root.propertyNames())
        .containsExactly("format", "subject", "year", "column", "value", "unit", "lines");
    JsonNode l = root.get("lines").get(0);
    assertThat(l.get("row").get("pointer").stringValue()).isEqualTo("/activities/0");
    assertThat(l.get("row").get("stage").stringValue()).isEqualTo("mining");
    assertThat(l.get("gwp").doubleValue()).isEqualTo(1.0);
    JsonNode term = l.get("terms").get(0);
    assertThat(term.get("factors").toString()).isEqualTo("[\"NCV\",\"CC\",\"OF\"]");
    // 100 × 44/12 × 42.652 × 0.0202 × 0.98 = 309.59096…
    assertThat(term.get("value").doubleValue()).isCloseTo(309.5909637, within(1e-6));
    JsonNode ncv = l.get("factors").get(0);
    assertThat(ncv.get("id").stringValue()).isEqualTo("CN-2015:fuel.diesel.ncv");
    assertThat(ncv.get("citation").stringValue()).isEqualTo("指南 附录二 表2.1");
    assertThat(ncv.get("confidence").stringValue()).isEqualTo("confirmed");
  }
}
