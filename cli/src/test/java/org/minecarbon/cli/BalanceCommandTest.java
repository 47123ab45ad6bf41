package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BalanceCommandTest {
  @TempDir Path tmp;

  @Test
  void balance_coalMine_printsChineseTableLayout() {
    CliRun run = CliRun.of("balance", CliRun.example("coal-mine.json"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("年份", "小计", "化石燃料燃烧", "碳酸盐分解", "逃逸 CH₄", "净购入电力", "净购入热力")
        .contains("碳化", "碳利用", "碳封存", "植物固碳", "购买配额")
        .contains("碳中和", "范围一", "tce", "raw-coal", "GWP SAR", "CN-2015");
  }

  @Test
  void balance_coalMine_marksColumnsWithoutRowsWithDash() {
    // The coal mine has no carbonate row and no allowance row.
    CliRun run = CliRun.of("balance", CliRun.example("coal-mine.json"));

    String emissionsRow =
        run.out().lines().filter(l -> l.startsWith("2024")).findFirst().orElseThrow();
    assertThat(emissionsRow).contains("—");
  }

  @Test
  void balance_langEn_printsEnglishHeaders() {
    CliRun run = CliRun.of("balance", CliRun.example("metal-mine.json"), "--lang", "en");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Year", "Subtotal", "Fuel combustion", "Carbonate decomposition")
        .contains("Purchased allowances", "Neutral", "copper-concentrate")
        .doesNotContain("化石燃料燃烧", "年份");
  }

  @Test
  void balance_jsonFormat_parsesAsBalanceResult() {
    CliRun run = CliRun.of("balance", CliRun.example("metal-mine.json"), "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("format").asString()).isEqualTo("minecarbon/balance@1");
    assertThat(json.get("years")).hasSize(2);
    assertThat(json.get("gwp").asString()).isEqualTo("AR6");
  }

  @Test
  void balance_gwpOverride_changesSettings() {
    CliRun run =
        CliRun.of("balance", CliRun.example("coal-mine.json"), "--gwp", "ar6", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("gwp").asString()).isEqualTo("AR6");
  }

  @Test
  void balance_unknownGwp_exits2() {
    CliRun run = CliRun.of("balance", CliRun.example("coal-mine.json"), "--gwp", "AR9");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("AR9", "SAR, AR4, AR5, AR6");
  }

  @Test
  void balance_unknownFactorSet_exits2WithChoices() {
    CliRun run = CliRun.of("balance", CliRun.example("coal-mine.json"), "--factor-set", "XX-1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("UNKNOWN_FACTOR_SET", "XX-1", "CN-2015");
  }

  @Test
  void balance_csvToFile_writesFile() throws Exception {
    Path out = tmp.resolve("balance.csv");

    CliRun run =
        CliRun.of(
            "balance",
            CliRun.example("coal-mine.json"),
            "--format",
            "csv",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains("2024");
  }

  @Test
  void balance_xlsxWithoutOut_exits2() {
    CliRun run = CliRun.of("balance", CliRun.example("coal-mine.json"), "--format", "xlsx");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }

  @Test
  void balance_xlsxWithOut_writesWorkbook() throws Exception {
    Path out = tmp.resolve("balance.xlsx");

    CliRun run =
        CliRun.of(
            "balance",
            CliRun.example("coal-mine.json"),
            "--format",
            "xlsx",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PK"); // an XLSX file is a zip archive
  }

  @Test
  void balance_unknownFile_exits2WithClearMessage() {
    CliRun run = CliRun.of("balance", "no-such-inventory.json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("FILE_NOT_FOUND", "no-such-inventory.json", "no such file");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }
}
