package org.minecarbon.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.workbook.WorkbookReader;

class TableDecoderTest {
  private static final Table ACTIVITIES =
      new Table(
          "排放活动",
          List.of("期间", "source", "steam.mass", "数量"),
          List.of(
              new Table.Row(2, List.of("2024", "heat", "5", "")),
              new Table.Row(7, List.of("2024", "fuel", "", "3"))));

  @Test
  void decode_nestedAndAliasedColumns_buildTheDocumentTree() {
    TableDecoder.Decoded d = TableDecoder.decode(List.of(ACTIVITIES), WorkbookReader::locate);
    assertThat(d.tree().toString())
        .isEqualTo(
            "{\"activities\":[{\"period\":\"2024\",\"source\":\"heat\",\"steam\":{\"mass\":\"5\"}},"
                + "{\"period\":\"2024\",\"source\":\"fuel\",\"quantity\":\"3\"}]}");
  }

  @Test
  void locate_semanticIssuePointer_getsWorkbookLocationOfLongestPrefix() {
    TableDecoder.Decoded d = TableDecoder.decode(List.of(ACTIVITIES), WorkbookReader::locate);
    List<Issue> located =
        TableDecoder.locate(
            List.of(
                Issue.error(Codes.NEGATIVE_QUANTITY, "/activities/1/quantity", "negative"),
                Issue.error(Codes.UNKNOWN_FUEL, "/activities/1/fuel", "unknown fuel"),
                Issue.error(Codes.ENTHALPY_BELOW_REFERENCE, "/activities/0/steam/enthalpy", "x"),
                Issue.error(Codes.EMPTY_DOCUMENT, "", "empty")),
            d.locations());
    assertThat(located)
        .extracting(Issue::location)
        .containsExactly(
            "sheet 排放活动, row 7, column 数量",
            "sheet 排放活动, row 7",
            "sheet 排放活动, row 2, column steam.mass",
            "");
  }

  @Test
  void cellText_numbersMapsAndFlows_roundTrip() {
    assertThat(CellText.number(3e6)).isEqualTo("3000000");
    assertThat(CellText.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Double.parseDouble(CellText.number(1e-7))).isEqualTo(1e-7);
    assertThat(CellText.parseMap("CaCO3=0.8；MgCO3 = 0.05; ")).hasSize(2);
    assertThat(CellText.parseMap("CaCO3 0.8")).isNull();
    assertThat(CellText.parseFlows("100 t @ 0.8; 5 @ 1"))
        .containsExactly(new CellText.Flow("100", "t", "0.8"), new CellText.Flow("5", null, "1"));
    assertThat(CellText.parseFlows("100 t 0.8")).isNull();
  }
}
