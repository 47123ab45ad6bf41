package org.minecarbon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void report_xlsxEnglish_writesGuidelineWorkbook() throws IOException {
    Path out = tmp.resolve("r.xlsx");
    CliRun run =
        CliRun.of(
            "report",
            CliRun.example("metal-mine.json"),
            "--format",
            "xlsx",
            "--out",
            out.toString(),
            "--lang",
            "en");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Reporting entity");
      assertThat(wb.getSheet("Fuel combustion")).isNotNull();
    }
  }

  @Test
  void report_pdf_writesPdfFile() throws IOException {
    Path out = tmp.resolve("r.pdf");
    CliRun run =
        CliRun.of(
            "report",
            CliRun.example("coal-mine.json"),
            "--format",
            "pdf",
            "--out",
            out.toString(),
            "--benchmark",
            "raw-coal=0.15@2024");

    assertThat(run.exit()).as(run.err()).isZero();
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(out)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void report_badBenchmark_isUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("r.pdf");
    CliRun run =
        CliRun.of(
            "report",
            CliRun.example("coal-mine.json"),
            "--format",
            "pdf",
            "--out",
            out.toString(),
            "--benchmark",
            "raw-coal");

    assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).contains("PRODUCT=INTENSITY");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_missingFormat_isUsageError() {
    CliRun run = CliRun.of("report", CliRun.example("coal-mine.json"), "--out", "x.pdf");

    assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).contains("--format");
  }
}
