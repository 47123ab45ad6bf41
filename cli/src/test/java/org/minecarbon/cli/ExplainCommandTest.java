package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minecarbon.core.balance.Balance;
import org.minecarbon.core.balance.BalanceCalculator;
import org.minecarbon.core.calc.CalcLine;
import org.minecarbon.core.calc.FactorUse;
import org.minecarbon.core.explain.Explainer;
import org.minecarbon.core.explain.Explanation;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.io.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExplainCommandTest {
  static final Path COAL = Path.of("..", "examples", "coal-mine.json");

  static Explanation engineExplanation(String row) {
    FactorLibrary lib = FactorLibrary.builtIn();
    Balance b =
        new BalanceCalculator(lib).calculate(Documents.load(COAL, lib).orElseThrow()).orElseThrow();
    return Explainer.row(b, row).orElseThrow();
  }

  @Test
  void explainRow_dieselRow_showsFormulaFactorsAndCitations() {
    CliRun run = CliRun.of("explain", COAL.toString(), "--row", "diesel-2024-01");

    assertThat(run.exit()).as(run.err()).isZero();
    Explanation expected = engineExplanation("diesel-2024-01");
    CalcLine line = expected.lines().get(0);
    assertThat(run.out()).contains("diesel-2024-01", "2024-01", "mine", line.formula());
    for (FactorUse f : line.factors()) {
      assertThat(run.out())
          .contains(f.factor().id())
          .contains(f.factor().citation())
          .contains(f.factor().confidence().tag());
    }
  }

  @Test
  void explainColumn_fugitiveCh4_listsEveryMethaneLine() {
    CliRun run = CliRun.of("explain", COAL.toString(), "--year", "2024", "--column", "fugitiveCH4");

    assertThat(run.exit()).as(run.err()).isZero();
    // four mine-methane rows (Jan, Feb, Mar, Apr–Dec) and the post-mining row
    assertThat(run.out())
        .contains("ch4-2024-01", "ch4-2024-02", "ch4-2024-03", "ch4-2024-rest")
        .contains("post-mining-2024", "GWP 21");
  }

  @Test
  void explain_noColumnNoRow_explainsEmissionsTotal() {
    CliRun run = CliRun.of("explain", COAL.toString(), "--year", "2024");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("diesel-2024-01", "power-2024-rest", "flare-2024");
  }

  @Test
  void explain_jsonFormat_parses() {
    CliRun run =
        CliRun.of(
            "explain", COAL.toString(), "--year", "2024", "--column", "fuel", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.isObject()).isTrue();
  }

  @Test
  void explain_unknownColumn_exits2() {
    CliRun run = CliRun.of("explain", COAL.toString(), "--year", "2024", "--column", "magic");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("UNKNOWN_COLUMN", "magic", "fugitiveCH4");
  }

  @Test
  void explain_withoutYearOrRow_exits2() {
    CliRun run = CliRun.of("explain", COAL.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--year");
  }

  @Test
  void explain_unknownRow_exits2() {
    CliRun run = CliRun.of("explain", COAL.toString(), "--row", "no-such-row");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-row");
  }
}
