package org.minecarbon.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.inventory.ActivityRow;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;

class CsvFolderTest {
  @TempDir Path dir;

  @BeforeEach
  void enterprise() throws IOException {
    write(
        "enterprise.csv",
        "\uFEFFkey,value\r\nformat,minecarbon/inventory@1\r\nname,\"Mine, Ltd\"\r\n");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readCsvFolder_bomQuotesAndChineseFileNames_areRead() throws IOException {
    write(
        "排放活动.csv",
        "\uFEFF期间,排放源,燃料,数量,单位,备注\n2024,fuel,diesel,10,t,\"two\nlines, \"\"quoted\"\"\"\n");
    Inventory inv = Documents.readCsvFolder(dir).orElseThrow();
    assertThat(inv.enterprise().name()).isEqualTo("Mine, Ltd");
    ActivityRow row = inv.activities().get(0);
    assertThat(row.meta().note()).isEqualTo("two\nlines, \"quoted\"");
  }

  @Test
  void readCsvFolder_badCells_reportFileLineColumn() throws IOException {
    write(
        "activities.csv",
        "period,source,fuel,quantity,unit,note\n"
            + "2024,fuel,diesel,1,t,\"multi\nline\"\n" // lines 2-3
            + "\n" // line 4, blank
            + "2024,fuel,diesel,lots,t,\n"); // line 5
    Result<Inventory> r = Documents.readCsvFolder(dir);
    assertThat(r.issues())
        .extracting(Issue::code, Issue::pointer, Issue::location)
        .containsExactly(
            tuple(
                Codes.WRONG_TYPE,
                "/activities/1/quantity",
                "file activities.csv, line 5, column quantity"),
            // semantic check of the row that did parse, in the same run: no sites.csv
            // every row is checked, the broken one too: no sites file
            tuple(Codes.SITE_REQUIRED, "/activities/0/site", "file activities.csv, line 2"),
            tuple(Codes.SITE_REQUIRED, "/activities/1/site", "file activities.csv, line 5"));
  }

  @Test
  void readCsvFolder_unclosedQuote_isMalformed() throws IOException {
    write("sites.csv", "id,name\nnorth,\"北井\n");
    assertThat(Documents.readCsvFolder(dir).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.MALFORMED_CSV);
  }

  @Test
  void readCsvFolder_notUtf8_isUnreadable() throws IOException {
    Files.write(dir.resolve("sites.csv"), "id,name\nnorth,北井\n".getBytes(Charset.forName("GBK")));
    assertThat(Documents.readCsvFolder(dir).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IoCodes.UNREADABLE);
              assertThat(i.message()).contains("sites.csv", "UTF-8");
            });
  }

  @Test
  void readCsvFolder_tooManyRows_isRefused() throws IOException {
    write("production.csv", "period,product,quantity,unit\n" + "2024,coal,1,t\n".repeat(200_001));
    assertThat(Documents.readCsvFolder(dir).issues())
        .extracting(Issue::code)
        .containsExactly(IoCodes.TOO_MANY_ROWS);
  }

  @Test
  void readCsvFolder_massBalanceFlowsCell_isParsed() throws IOException {
    write(
        "activities.csv",
        "period,source,category,inputs,outputs\n2024,mass-balance,fuel,100 t @ 0.8; 50 t @ 0.02,\n");
    var mb =
        (ActivityRow.MassBalance) Documents.readCsvFolder(dir).orElseThrow().activities().get(0);
    assertThat(mb.inputs()).hasSize(2);
    assertThat(mb.inputs().get(1).carbonFraction()).isEqualTo(0.02);
    assertThat(mb.outputs()).isEmpty();
  }
}
