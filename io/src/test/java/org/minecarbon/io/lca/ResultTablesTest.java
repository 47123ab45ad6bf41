package org.minecarbon.io.lca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResultTablesTest {
  private static final List<ResultTables.Table> TABLES =
      List.of(
          new ResultTables.Table(
              "byFlow",
              List.of("flow", "name", "amount"),
              List.of(
                  List.of("f1", "Carbon dioxide, fossil", 0.5),
                  List.of("f2", "=cmd \"x\"", 1e-20))));

  @Test
  void csv_commasAndQuotes_quotedPerRfc4180WithBomAndFullPrecision() {
    String csv = new String(ResultTables.csv(TABLES), StandardCharsets.UTF_8);

    assertThat(csv)
        .isEqualTo(
            "\uFEFFbyFlow\r\nflow,name,amount\r\nf1,\"Carbon dioxide, fossil\",0.5\r\n"
                + "f2,\"=cmd \"\"x\"\"\",1.0E-20\r\n\r\n");
  }

  @Test
  void xlsx_oneSheetPerTable_numbersNumericFormulaLikeTextQuotePrefixed() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ResultTables.xlsx(TABLES)))) {
      var sheet = wb.getSheet("byFlow");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(0.5, within(0.0));
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=cmd \"x\"");
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }
}
