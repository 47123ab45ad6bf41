package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UncertaintyCommandTest {
  static final String COAL = CliRun.example("coal-mine.json");

  @Test
  void uncertainty_coalMine_printsMonteCarloTableWithApproach1() {
    CliRun run = CliRun.of("uncertainty", COAL, "--iterations", "1000", "--seed", "42");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1,000", "42", "2024", "名义值", "中位数", "2.5 %", "97.5 %", "方法1 ±%")
        .contains("逃逸 CH₄", "碳排放合计", "净排放")
        // nominal emissions total of the coal mine, as in the balance table
        .contains("584,362.34");
  }

  @Test
  void uncertainty_sameSeed_reproducesExactlyWhateverTheThreads() {
    CliRun one =
        CliRun.of("uncertainty", COAL, "--iterations", "500", "--seed", "7", "--threads", "1");
    CliRun two =
        CliRun.of("uncertainty", COAL, "--iterations", "500", "--seed", "7", "--threads", "2");

    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void uncertainty_jsonFormat_parsesWithNominalEqualToBalance() {
    CliRun run =
        CliRun.of("uncertainty", COAL, "--iterations", "200", "--seed", "1", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("format").asString()).isEqualTo("minecarbon/uncertainty@1");
    JsonNode y = json.get("years").get(0);
    assertThat(y.get("year").asInt()).isEqualTo(2024);
    // 30,884.44 + 487,998.00 + 10,769.50 + 52,510.40 + 2,200.00 (README worked example)
    assertThat(y.get("emissions").get("nominal").asDouble()).isCloseTo(584362.34, within(0.01));
    assertThat(y.get("emissions").get("p025").asDouble())
        .isLessThan(y.get("emissions").get("p975").asDouble());
  }

  @Test
  void uncertainty_langEn_printsEnglishHeaders() {
    CliRun run = CliRun.of("uncertainty", COAL, "--iterations", "200", "--lang", "en");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Nominal", "Median", "Approach 1", "Fugitive CH4");
  }

  @Test
  void uncertainty_tooFewIterations_exits2() {
    CliRun run = CliRun.of("uncertainty", COAL, "--iterations", "10");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("INVALID_ARGUMENT", "10");
  }
}
