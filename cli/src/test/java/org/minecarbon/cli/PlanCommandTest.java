package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @Test
  void plan_example_optimalJsonAndMps(@TempDir Path dir) throws Exception {
    Path mps = dir.resolve("p.mps");
    CliRun run =
        CliRun.of("plan", CliRun.example("plan-coal-mine.json"), "--export-mps", mps.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"status\" : \"optimal\"", "\"objectiveScale\"", "\"macc\"");
    assertThat(Files.readString(mps)).contains("ROWS", "COLUMNS", "ENDATA");
  }

  @Test
  void plan_scenario_addsScenarioByFileName(@TempDir Path dir) throws Exception {
    Path high = dir.resolve("high.json");
    Files.writeString(
        high,
        "{\"allowance\":[{\"year\":2025,\"value\":200}],\"electricity\":[{\"year\":2025,\"value\":600}]}");
    CliRun run =
        CliRun.of("plan", CliRun.example("plan-coal-mine.json"), "--scenario", high.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"scenarios\"", "\"name\" : \"high\"");
  }

  @Test
  void plan_invalid_everyProblemOnStderrExit2(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(CliRun.example("plan-coal-mine.json")));
    text =
        text.replace("\"lifetime\": 25", "\"lifetime\": 0")
            .replaceAll("\"requires\": \\[\\s*\"pv-20mw\"\\s*\\]", "\"requires\": [\"nobody\"]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, text);
    CliRun run = CliRun.of("plan", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("/measures/0/lifetime");
  }

  @Test
  void plan_semanticProblems_allListedExit2(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(CliRun.example("plan-coal-mine.json")));
    text =
        text.replaceAll(
                "\"kind\": \"neutral\",\\s*\"year\": 2060", "\"kind\": \"neutral\", \"year\": 2070")
            .replaceAll("\"requires\": \\[\\s*\"pv-20mw\"\\s*\\]", "\"requires\": [\"nobody\"]");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, text);
    CliRun run = CliRun.of("plan", bad.toString());
    assertThat(run.exit()).as(run.out()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("TARGET_OUTSIDE_HORIZON", "UNKNOWN_MEASURE");
  }

  @Test
  void plan_catalogue_listsEntriesWithSources() {
    CliRun run = CliRun.of("plan", "--catalogue");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("hydraulic-drill", "碳封存", "seed 000 §2.4", "50–90 EUR/tCO2");
  }

  @Test
  void plan_noFile_exits2() {
    assertThat(CliRun.of("plan").exit()).isEqualTo(2);
  }

  @Test
  void plan_scenarioExportAboveElectricity_exits2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad-prices.json");
    Files.writeString(
        bad,
        "{\"electricity\":[{\"year\":2025,\"value\":600}],\"export\":[{\"year\":2025,\"value\":900}]}");
    CliRun run =
        CliRun.of("plan", CliRun.example("plan-coal-mine.json"), "--scenario", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("EXPORT_ABOVE_ELECTRICITY", "scenario bad-prices");
  }

  @Test
  void plan_table_isChineseByDefaultAndEnglishOnRequest() {
    CliRun zh = CliRun.of("plan", CliRun.example("plan-coal-mine.json"), "--format", "table");
    CliRun en =
        CliRun.of(
            "plan", CliRun.example("plan-coal-mine.json"), "--format", "table", "--lang", "en");

    assertThat(zh.exit()).as(zh.err()).isZero();
    // seed 004's three stages by their Chinese names; no English label left
    assertThat(zh.out()).contains("状态: 最优", "采用 ", "达峰攻坚期", "有序优化期", "中和达成期");
    assertThat(zh.out()).doesNotContain("status:", "adopt ", "phase ");
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).contains("status: optimal", "phase peak: 2025–2030").doesNotContain("达峰");
  }
}
