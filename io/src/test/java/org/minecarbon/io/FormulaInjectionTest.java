package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minecarbon.core.inventory.Inventory;

/**
 * Text that a spreadsheet could run as a formula is written as literal text (OWASP CSV/formula).
 */
class FormulaInjectionTest {

  private static Inventory withName(String name) {
    String doc =
        "{\"format\":\"minecarbon/inventory@1\",\"enterprise\":{\"name\":"
            + JsonQuote.of(name)
            + "},\"sites\":[{\"id\":\"main\",\"name\":"
            + JsonQuote.of(name)
            + "}],\"activities\":[{\"period\":\"2024\",\"source\":\"fuel\",\"fuel\":\"diesel\","
            + "\"quantity\":100,\"unit\":\"t\",\"note\":"
            + JsonQuote.of(name)
            + "}]}";
    return Documents.readJson(
            new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "doc.json")
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "=1+1 公司"
      })
  void writeXlsx_formulaLikeText_isATextCellWithQuotePrefixAndReadsBackEqual(String text)
      throws IOException {
    Inventory inv = withName(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Documents.writeXlsx(inv, out);

    int risky = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
              assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet.getSheetName()).isTrue();
              risky++;
            }
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
    assertThat(risky).as("enterprise name, site name and note").isEqualTo(3);
    var back = Documents.readXlsx(new ByteArrayInputStream(out.toByteArray()), "x.xlsx");
    assertThat(back.orElseThrow()).isEqualTo(inv);
  }

  /** A JSON string literal. */
  static final class JsonQuote {
    static String of(String s) {
      return org.minecarbon.io.json.JsonCodec.mapper().writeValueAsString(s);
    }
  }
}
