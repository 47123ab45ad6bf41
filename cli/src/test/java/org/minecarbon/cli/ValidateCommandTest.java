package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void validate_coalMine_printsOkAndSummary() {
    CliRun run = CliRun.of("validate", CliRun.example("coal-mine.json"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("OK")
        .contains("示例高瓦斯煤矿有限公司", "sites:      1", "18 activities", "2 sinks")
        .contains("4 production", "years:      2024");
  }

  @Test
  void validate_metalMine_listsBothSitesAndYears() {
    CliRun run = CliRun.of("validate", CliRun.example("metal-mine.json"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("pit", "concentrator", "2023, 2024");
  }

  @Test
  void validate_brokenDocument_exits2AndPrintsEveryIssueWithPointer() throws Exception {
    // Three independent problems: an unknown fuel, a negative quantity, an unknown sink site.
    Path broken = tmp.resolve("broken.json");
    Files.writeString(
        broken,
        """
        {
          "format": "minecarbon/inventory@1",
          "enterprise": { "name": "Broken", "industry": "coal" },
          "sites": [ { "id": "a", "mineType": "underground", "gasGrade": "low" },
                     { "id": "b", "mineType": "surface" } ],
          "activities": [
            { "source": "fuel", "period": "2024", "site": "a", "fuel": "unobtainium",
              "quantity": 10, "unit": "t" },
            { "source": "fuel", "period": "2024", "site": "a", "fuel": "diesel",
              "quantity": -5, "unit": "t" }
          ],
          "sinks": [
            { "sink": "utilization", "period": "2024", "site": "nowhere", "quantity": 1, "unit": "t" }
          ],
          "production": []
        }
        """);

    CliRun run = CliRun.of("validate", broken.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("OK");
    assertThat(run.err())
        .contains("/activities/0", "unobtainium")
        .contains("/activities/1", "-5")
        .contains("/sinks/0", "nowhere")
        .containsPattern("\\d+ errors?");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void validate_unknownFile_exits2() {
    CliRun run = CliRun.of("validate", tmp.resolve("missing.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("FILE_NOT_FOUND", "missing.json");
  }

  @Test
  void validate_invalidJson_exits2WithoutStackTrace() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{ \"format\": ");

    CliRun run = CliRun.of("validate", bad.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ERROR").doesNotContain("\tat ");
  }
}
