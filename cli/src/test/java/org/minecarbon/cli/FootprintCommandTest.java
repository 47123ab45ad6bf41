package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FootprintCommandTest {
  private static final String MINE = CliRun.example("footprint-copper-mine.json");

  @Test
  void footprint_json_hasTheContractShape() {
    CliRun run = CliRun.of("footprint", MINE, "--year", "2024", "--product", "copper-concentrate");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("format").asString()).isEqualTo("minecarbon/footprint@1");
    assertThat(json.get("year").asInt()).isEqualTo(2024);
    assertThat(json.get("product").asString()).isEqualTo("copper-concentrate");
    assertThat(json.get("unit").asString()).isEqualTo("kgCO2e/t");
    assertThat(json.get("byStage").propertyNames())
        .containsExactly(
            "exploration", "mining", "processing", "transport", "restoration", "unassigned");
    assertThat(json.get("byOrigin").propertyNames())
        .containsExactly("direct", "electricity", "upstream", "removals");
    assertThat(json.at("/allocation/method").asString()).isEqualTo("mass");
    assertThat(json.at("/allocation/shares/copper-concentrate").asDouble())
        .isCloseTo(0.93, within(1e-12));
    JsonNode first = json.get("contributions").get(0);
    assertThat(first.get("row").asString()).isEqualTo("mill-power-2024");
    assertThat(first.get("stage").asString()).isEqualTo("processing");
    // no background: (1120 t × 3145.12249 kg diesel + 26,530,000 kg power − 200,000 kg) × 1e-5
    assertThat(json.get("total").asDouble()).isCloseTo(298.525371925333, within(1e-9));
    // 50,000 MWh × 530.6 kg × 0.93 ÷ 93,000 t
    assertThat(first.get("kgCO2e_per_t").asDouble()).isCloseTo(265.3, within(1e-9));
  }

  @Test
  void footprint_economicTable_printsStagesInEnglish() {
    CliRun run =
        CliRun.of(
            "footprint",
            MINE,
            "--year",
            "2024",
            "--product",
            "copper-concentrate",
            "--allocation",
            "economic",
            "--format",
            "table",
            "--lang",
            "en");

    assertThat(run.exit()).as(run.err()).isZero();
    // economic share 0.7265625 ÷ 93,000 t = 7.8125e-6 per kg: 29,852,537.19 kg → 233.22
    assertThat(run.out()).contains("233.22 kgCO2e/t", "economic", "Mining", "Restoration");
  }

  @Test
  void footprint_background_isAClearErrorUntilTheEngineIsWired() {
    CliRun run =
        CliRun.of(
            "footprint",
            MINE,
            "--year",
            "2024",
            "--product",
            "copper-concentrate",
            "--background",
            "db.zip",
            "--links",
            CliRun.example("footprint/LINKS.json"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("background databases need the LCA engine");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void footprint_unknownProductAndYear_exit2WithPointers() {
    CliRun unknown = CliRun.of("footprint", MINE, "--year", "2024", "--product", "gold");
    CliRun noYear =
        CliRun.of("footprint", MINE, "--year", "2021", "--product", "copper-concentrate");

    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("FOOTPRINT_UNKNOWN_PRODUCT /production", "1 error.");
    assertThat(noYear.exit()).isEqualTo(2);
    assertThat(noYear.err()).contains("FOOTPRINT_NO_PRODUCTION", "[2023, 2024]");
  }
}
