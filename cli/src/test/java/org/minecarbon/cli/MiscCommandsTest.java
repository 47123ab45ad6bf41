package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiscCommandsTest {
  @TempDir Path tmp;

  @Test
  void version_outsideJar_printsDev() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).isEqualTo("minecarbon dev");
  }

  @Test
  void help_listsEveryCommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("balance", "explain", "validate", "template", "convert", "factors", "examples");
  }

  @Test
  void noArguments_printsUsageAndExits2() {
    CliRun run = CliRun.of();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: minecarbon");
  }

  @Test
  void unknownOption_exits2() {
    CliRun run = CliRun.of("balance", "x.json", "--frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--frobnicate");
  }

  @Test
  void template_xlsx_writesWorkbook() throws Exception {
    Path out = tmp.resolve("inventory.xlsx");

    CliRun run = CliRun.of("template", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.size(out)).isPositive();
  }

  @Test
  void template_notXlsx_exits2() {
    CliRun run = CliRun.of("template", tmp.resolve("inventory.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(".xlsx");
  }

  @Test
  void examples_bundledFiles_printsBothTablesAndPointsToWebDemo() {
    CliRun run = CliRun.of("examples");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("coal-mine.json", "seed-002-table1.json", "603,896.90")
        .contains("./minecarbon demo", "minecarbon explain");
  }

  /**
   * Every command's and subcommand's help renders as written: picocli formats descriptions as
   * format strings, so an unescaped {@code %} ("2 %)") printed a "[picocli WARN] Could not format"
   * line to standard error before the usage ({@code meters rows --help}, found in session 8).
   */
  @Test
  void help_everyCommand_rendersWithoutFormatWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.util.List<String> names = new java.util.ArrayList<>();
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
      todo.add(new picocli.CommandLine(new Main()));
      while (!todo.isEmpty()) {
        picocli.CommandLine c = todo.pop();
        names.add(c.getCommandSpec().qualifiedName());
        assertThat(c.getUsageMessage()).as(c.getCommandSpec().qualifiedName()).isNotBlank();
        todo.addAll(c.getSubcommands().values());
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(names).contains("minecarbon meters rows", "minecarbon plan");
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
  }
}
