package org.minecarbon.report.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minecarbon.io.json.JsonCodec;
import tools.jackson.databind.JsonNode;

class PlanWorkbookTest {
  private static final String DOCUMENT =
      """
      {"format":"minecarbon/plan@1","discountRate":0.06,"measures":[
        {"id":"pv","name":"矿区光伏","category":"clean-energy","capex":1000000,"lifetime":10,
         "opex":5000,"catalogue":"onsite-pv"},
        {"id":"reveg","name":"=HYPERLINK(\\"x\\")","category":"restoration","capex":0,
         "lifetime":1,"opex":20000}]}
      """;
  private static final String RESULT =
      """
      {"format":"minecarbon/plan-result@1","status":"optimal","objective":-1234.5,"currency":"CNY",
       "adopted":[{"measure":"pv","year":2026},{"measure":"reveg","year":2027}],
       "years":[{"year":2025,"emissions":{"total":1000.5},"removals":10,"allowances":0,"net":990.5,
                 "intensity":{},"cost":{"measures":0,"energy":0,"allowances":0,"total":0,
                 "discounted":0},"energyBaseline":600},
                {"year":2026,"emissions":{"total":800.25},"removals":10,"allowances":5,"net":785.25,
                 "intensity":{},"cost":{"measures":140867.96,"energy":-150000,"allowances":475,
                 "total":-8657.04,"discounted":-8167.02},"energyBaseline":600}],
       "macc":[{"measure":"pv","year":2030,"abatement":200,"cost":-9132.04,"costPerTonne":-45.6602},
               {"measure":"reveg","year":2030,"abatement":0,"cost":20000}],
       "phases":[{"name":"peak","from":2025,"to":2030},{"name":"optimize","from":2031,"to":2050}],
       "violations":[{"target":"/targets/1","kind":"cap","year":2040,"shortfall":12.5}]}
      """;
  private static final String BASELINE =
      "[{\"year\":2025,\"emissions\":1000.5},{\"year\":2026,\"emissions\":1001.75}]";

  @Test
  void write_readBack_sheetsHoldTheResultsFigures() throws IOException {
    JsonNode result = JsonCodec.mapper().readTree(RESULT);
    byte[] xlsx =
        PlanWorkbook.write(
            result, JsonCodec.mapper().readTree(BASELINE), JsonCodec.mapper().readTree(DOCUMENT));

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(5);
      Sheet path = wb.getSheet("路径");
      assertThat(path.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年份");
      assertThat(path.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Year");
      // row 3 = 2026: baseline 1001.75, after measures 800.25, allowances 5, net 785.25
      assertThat(path.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(2026);
      assertThat(path.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1001.75);
      assertThat(path.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(800.25);
      assertThat(path.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(5);
      assertThat(path.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(785.25);
      assertThat(path.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(-8167.02);
      assertThat(path.getRow(3).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00");

      Sheet measures = wb.getSheet("措施");
      assertThat(measures.getRow(2).getCell(0).getStringCellValue()).isEqualTo("矿区光伏");
      assertThat(measures.getRow(2).getCell(2).getStringCellValue()).isEqualTo("碳替代");
      assertThat(measures.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2026);
      // yearly cost = capex × CRF + opex; CRF(6 %, 10 y) = 0.06 / (1 − 1.06^−10) = 0.1358679582
      // → 1,000,000 × 0.1358679582 + 5,000 = 140,867.9582
      assertThat(measures.getRow(2).getCell(5).getNumericCellValue())
          .isCloseTo(140_867.9582, within(1e-3));
      assertThat(measures.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(200);
      assertThat(measures.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(-45.6602);
      // a user's name that looks like a formula stays text
      assertThat(measures.getRow(3).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(measures.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(measures.getRow(3).getCell(2).getStringCellValue()).isEqualTo("碳循环");

      Sheet macc = wb.getSheet("MACC");
      assertThat(macc.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(-45.6602);
      assertThat(macc.getRow(3).getCell(5)).isNull(); // no costPerTonne when abatement ≤ 0

      Sheet phases = wb.getSheet("阶段");
      assertThat(phases.getRow(2).getCell(0).getStringCellValue()).startsWith("达峰攻坚期");
      assertThat(phases.getRow(3).getCell(0).getStringCellValue()).startsWith("有序优化期");
      assertThat(phases.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2050);

      Sheet violations = wb.getSheet("违反");
      assertThat(violations.getRow(2).getCell(0).getStringCellValue()).isEqualTo("/targets/1");
      assertThat(violations.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(12.5);
    }
  }

  @Test
  void crf_zeroRate_isOneOverLifetime() {
    assertThat(PlanWorkbook.crf(0, 4)).isEqualTo(0.25);
  }
}
