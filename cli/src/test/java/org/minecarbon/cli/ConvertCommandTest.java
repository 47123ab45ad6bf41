package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecarbon.core.factor.FactorLibrary;
import org.minecarbon.core.inventory.Inventory;
import org.minecarbon.io.Documents;

class ConvertCommandTest {
  @TempDir Path tmp;

  static Inventory load(Path p) {
    return Documents.load(p, FactorLibrary.builtIn()).orElseThrow();
  }

  @Test
  void convert_jsonToXlsxToJson_roundTripsEqual() {
    Path original = CliRun.EXAMPLES.resolve("metal-mine.json");
    Path xlsx = tmp.resolve("metal.xlsx");
    Path back = tmp.resolve("metal.json");

    CliRun toXlsx = CliRun.of("convert", original.toString(), xlsx.toString());
    CliRun toJson = CliRun.of("convert", xlsx.toString(), back.toString());

    assertThat(toXlsx.exit()).as(toXlsx.err()).isZero();
    assertThat(toJson.exit()).as(toJson.err()).isZero();
    assertThat(load(back)).isEqualTo(load(original));
  }

  @Test
  void convert_jsonToCsvFolder_writesFolderThatReadsBack() {
    Path original = CliRun.EXAMPLES.resolve("coal-mine.json");
    Path folder = tmp.resolve("coal-csv");
    Path back = tmp.resolve("coal.json");

    CliRun toCsv = CliRun.of("convert", original.toString(), folder.toString());
    CliRun toJson = CliRun.of("convert", folder.toString(), back.toString());

    assertThat(toCsv.exit()).as(toCsv.err()).isZero();
    assertThat(Files.isDirectory(folder)).isTrue();
    assertThat(toJson.exit()).as(toJson.err()).isZero();
    assertThat(load(back)).isEqualTo(load(original));
  }

  @Test
  void convert_invalidInput_exits2AndWritesNothing() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"minecarbon/inventory@1\", \"activities\": 3}");
    Path out = tmp.resolve("out.xlsx");

    CliRun run = CliRun.of("convert", bad.toString(), out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
