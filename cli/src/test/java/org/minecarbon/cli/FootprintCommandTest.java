package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FootprintCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
  void footprint_uslciBackground_addsTheGridProcessImpactPerKwh(@TempDir Path tmp)
      throws Exception {
    // The mill's 50,000 MWh linked to USLCI "Electricity, at Grid, US, 2010" (in kWh). Oracle:
    // `lca impact` on that process gives X kg CO2e per kWh (3.6 × its per-MJ figure); the
    // footprint's upstream term is
    // 50,000 MWh × 1,000 kWh/MWh × X × mass share 0.93 ÷ 93,000 t = 500 X kg CO2e per t, and the
    // total is the no-background total 298.525371925333 (above) + 500 X.
    String uslci = "../lca/src/test/data/uslci-2017-olca-jsonld-v1.zip";
    String grid = "89389d98-1ba6-30c5-9c33-92443694936b";
    Path links = tmp.resolve("LINKS.json");
    java.nio.file.Files.writeString(
        links,
        "{\"format\":\"minecarbon/links@1\",\"links\":[{\"input\":\"electricity\","
            + "\"code\":\"mine\",\"process\":\""
            + grid
            + "\",\"name\":\"Electricity, at Grid, US, 2010\",\"unit\":\"kWh\","
            + "\"per\":\"MWh\",\"amount\":1000}]}");
    CliRun impact =
        CliRun.of(
            "lca",
            "impact",
            uslci,
            "--process",
            grid,
            "--method",
            "ipcc-ar6-gwp100",
            "--format",
            "json");
    assertThat(impact.exit()).as(impact.err()).isZero();
    JsonNode gwp = JSON.readTree(impact.out());
    // USLCI measures electricity in MJ (its flow property's reference unit), so `lca impact`
    // answers per MJ; the link asks per kWh = 3.6 MJ
    assertThat(gwp.get("unit").asString()).isEqualTo("MJ");
    double x = 3.6 * gwp.at("/impacts/0/amount").asDouble();
    assertThat(x).isGreaterThan(0.3).isLessThan(1.2); // a US grid kWh: several hundred grams

    CliRun run =
        CliRun.of(
            "footprint",
            MINE,
            "--year",
            "2024",
            "--product",
            "copper-concentrate",
            "--background",
            uslci,
            "--links",
            links.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.at("/byOrigin/upstream").asDouble()).isCloseTo(500 * x, within(1e-9));
    assertThat(json.get("total").asDouble()).isCloseTo(298.525371925333 + 500 * x, within(1e-9));
  }

  @Test
  void footprint_backgroundWithoutLinks_isAUsageError() {
    CliRun run =
        CliRun.of(
            "footprint",
            MINE,
            "--year",
            "2024",
            "--product",
            "copper-concentrate",
            "--background",
            "db.zip");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--background and --links go together");
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
