package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.core.factor.FactorLibrary;

class FactorsCommandTest {
  @TempDir Path tmp;

  static Factor aDieselFactor() {
    return FactorLibrary.builtIn().effective("CN-2015").values().stream()
        .filter(f -> f.key().startsWith("fuel.diesel") && f.set().equals("CN-2015"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sets_builtIn_listsEverySet() {
    CliRun run = CliRun.of("factors", "sets");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("CN-2015", "CN-2015-A", "IPCC-2006", "built-in");
  }

  @Test
  void list_keyPrefix_listsOnlyMatchingKeys() {
    CliRun run = CliRun.of("factors", "list", "--key-prefix", "fuel.diesel");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains(aDieselFactor().key()).doesNotContain("fuel.gasoline");
  }

  @Test
  void list_unknownSet_exits2() {
    CliRun run = CliRun.of("factors", "list", "--set", "NOPE");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("UNKNOWN_FACTOR_SET", "NOPE");
  }

  @Test
  void show_setColonKey_printsValueCitationAndConfidence() {
    Factor f = aDieselFactor();

    CliRun run = CliRun.of("factors", "show", f.id());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(f.id(), f.unit(), f.citation())
        .contains(f.confidence().tag() + " " + f.confidence().label());
  }

  @Test
  void show_bareKeyWithSet_resolvesThroughParent() {
    // CN-2015-A inherits the grid factors from CN-2015; the trace names the defining set.
    CliRun run = CliRun.of("factors", "show", "grid.national-ets.2022", "--set", "CN-2015-A");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("CN-2015:grid.national-ets.2022", "0.5703", "tCO2/MWh", "[C]");
  }

  @Test
  void show_unknownId_exits2() {
    CliRun run = CliRun.of("factors", "show", "CN-2015:fuel.unobtainium.ncv");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("MISSING_FACTOR", "fuel.unobtainium.ncv");
  }

  @Test
  void sets_userFactorFile_addsUserSet() throws Exception {
    Path csv = tmp.resolve("site.csv");
    Files.writeString(
        csv,
        """
        # set: SITE-2024
        # parent: CN-2015
        # title: measured diesel NCV
        key,value,unit,citation,confidence,uncertainty,note
        fuel.diesel.ncv,43.1,GJ/t,lab report 2024-17,C,,
        """);

    CliRun run = CliRun.of("factors", "sets", "--factor-file", csv.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("SITE-2024", "user");
  }

  @Test
  void sets_missingFactorFile_exits2() {
    CliRun run = CliRun.of("factors", "sets", "--factor-file", tmp.resolve("x.csv").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("FILE_NOT_FOUND", "x.csv");
  }
}
